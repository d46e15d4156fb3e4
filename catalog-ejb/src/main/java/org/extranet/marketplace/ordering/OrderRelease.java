// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.ordering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.extranet.marketplace.catalog.StockReservations;

/** Gives back the stock an order took, when it is rejected or cancelled. */
@ApplicationScoped
public class OrderRelease {

  @Inject StockReservations stock;

  /** Every purchase order's that still holds its stock (a rejected one gave it back already). */
  public void stockOf(Order order) {
    order.purchaseOrders().stream().filter(PurchaseOrder::holdsStock).forEach(this::stockOf);
  }

  /** One supplier's part, when it rejects it. */
  public void stockOf(PurchaseOrder po) {
    po.lines().forEach(line -> stock.release(line.productId(), line.reservedQuantity()));
  }
}
