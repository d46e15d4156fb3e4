// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.ordering;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.extranet.marketplace.catalog.pricing.PriceResolution;
import org.extranet.marketplace.ordering.ledger.Channel;
import org.extranet.marketplace.shared.Money;

/** Read model of an order, its purchase orders and lines, as the buyer (or operator) sees it. */
public record OrderView(Long id, String buyerId, String buyerName, String requester, OrderStatus status, Channel channel,
    Money total, String note, Instant submittedAt, String decidedBy, Instant decidedAt, String decisionReason,
    List<PurchaseOrderView> purchaseOrders) {

  /** One supplier's part. */
  public record PurchaseOrderView(Long id, Long orderId, String supplierId, String supplierName, String buyerId,
      String buyerName, PurchaseOrderStatus status, Money total, Instant createdAt, Instant sentAt, List<LineView> lines,
      Instant acknowledgedAt, String acknowledgedBy, String rejectionReason) {}

  /**
   * One ordered product, as priced and supplied at submission, and how far it got: accepted now (null before
   * the acknowledgement), promised date, shipped (failed shipments not counted) and received.
   */
  public record LineView(int lineNumber, Long productId, String sku, String name, int quantity, Money unitPrice,
      Money listPrice, PriceResolution.Source priceSource, LineAvailability availability, int reservedQuantity,
      LocalDate expectedDate, Long replacedProductId, Money amount, Long id, Integer acceptedQuantity,
      LocalDate promisedDate, int shippedQuantity, int receivedQuantity) {}

  /** Every line of the order, in line-number order. */
  public List<LineView> lines() {
    return purchaseOrders.stream().flatMap(po -> po.lines().stream())
        .sorted(java.util.Comparator.comparingInt(LineView::lineNumber)).toList();
  }
}
