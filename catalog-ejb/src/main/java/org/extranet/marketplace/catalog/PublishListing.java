// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.catalog;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.extranet.marketplace.shared.ConflictException;

/**
 * A member supplier publishes (or revises) the listing for one of its SKUs. Applicants cannot publish;
 * a suspended supplier may keep its listings up to date, but nobody sees them until it is reinstated.
 * New listings count against the membership tier's listing limit.
 */
@Stateless
public class PublishListing {

  /** The listing as it now stands, and whether this call created it. */
  public record Published(ProductView product, boolean created) {}

  @Inject ListingAllowance allowance;
  @Inject ProductRepository products;
  @Inject CatalogReference reference;
  @Inject CatalogChanges changes;
  @Inject ProductViews views;

  /** Lists a new SKU; 409 when the supplier already lists it (revise it with {@link #publish}). */
  public Published create(Listing listing) {
    String supplierId = allowance.requireMemberSupplier();
    listing.validate(reference.codes());
    products.bySku(supplierId, listing.strippedSku()).filter(p -> !p.isWithdrawn()).ifPresent(p -> {
      throw new ConflictException("SKU " + p.sku() + " is already listed; revise it instead");
    });
    return publish(supplierId, listing);
  }

  /** Lists the SKU, or revises the listing when it exists. */
  public Published publish(Listing listing) {
    String supplierId = allowance.requireMemberSupplier();
    listing.validate(reference.codes());
    return publish(supplierId, listing);
  }

  private Published publish(String supplierId, Listing listing) {
    var existing = products.bySku(supplierId, listing.strippedSku());
    boolean addsListing = existing.map(Product::isWithdrawn).orElse(true);
    if (addsListing) {
      allowance.requireRoomFor(supplierId, 1);
    }
    Product product = existing.orElseGet(() -> new Product(supplierId, listing));
    if (existing.isPresent()) {
      product.revise(listing);
    } else {
      products.store(product);
    }
    products.flush();
    changes.record(product.id());
    return new Published(views.of(product), existing.isEmpty());
  }
}
