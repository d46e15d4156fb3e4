// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.catalog;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import org.extranet.marketplace.organization.Caller;
import org.extranet.marketplace.organization.MemberRole;
import org.extranet.marketplace.shared.InvalidInputException;
import org.extranet.marketplace.shared.NotFoundException;

/**
 * A supplier keeps its live listings current: stock on hand, and taking a listing down. Another
 * supplier's SKU is simply not found (404), like one that never existed.
 */
@Stateless
public class ListingUpkeep {

  @Inject Caller caller;
  @Inject ProductRepository products;
  @Inject CatalogChanges changes;
  @Inject ProductViews views;
  @Inject Clock clock;

  public ProductView restock(String sku, Integer onHand) {
    if (onHand == null || onHand < 0) {
      throw InvalidInputException.of("onHand", "must be a whole number ≥ 0");
    }
    Product product = live(sku);
    product.restock(onHand);
    changes.record(product.id());
    return views.of(product);
  }

  /** Takes the listing down; it stays on file for the orders that name it and comes back when republished. */
  public void withdraw(String sku) {
    Product product = live(sku);
    product.withdraw(clock.instant());
    changes.record(product.id());
  }

  private Product live(String sku) {
    caller.require(MemberRole.SUPPLIER, MemberRole.PARTNER_INTEGRATION);
    return products.bySku(caller.organizationId(), sku == null ? null : sku.strip())
        .filter(p -> !p.isWithdrawn())
        .orElseThrow(() -> new NotFoundException("Listing", sku));
  }
}
