// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.catalog;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.OptionalInt;
import org.extranet.marketplace.organization.Caller;
import org.extranet.marketplace.organization.MemberRole;
import org.extranet.marketplace.shared.ConflictException;
import org.extranet.marketplace.supplier.SupplierStanding;

/**
 * A member supplier publishes (or revises) the listing for one of its SKUs. Applicants cannot publish;
 * a suspended supplier may keep its listings up to date, but nobody sees them until it is reinstated.
 * New listings count against the membership tier's listing limit.
 */
@Stateless
public class PublishListing {

  /** The listing as it now stands, and whether this call created it. */
  public record Published(ProductView product, boolean created) {}

  @Inject Caller caller;
  @Inject ProductRepository products;
  @Inject SupplierStanding standing;
  @Inject CatalogReference reference;
  @Inject CatalogChanges changes;
  @Inject ProductViews views;

  /** Lists a new SKU; 409 when the supplier already lists it (revise it with {@link #publish}). */
  public Published create(Listing listing) {
    String supplierId = requireMemberSupplier();
    listing.validate(reference.codes());
    products.bySku(supplierId, listing.strippedSku()).filter(p -> !p.isWithdrawn()).ifPresent(p -> {
      throw new ConflictException("SKU " + p.sku() + " is already listed; revise it instead");
    });
    return publish(supplierId, listing);
  }

  /** Lists the SKU, or revises the listing when it exists. */
  public Published publish(Listing listing) {
    String supplierId = requireMemberSupplier();
    listing.validate(reference.codes());
    return publish(supplierId, listing);
  }

  private Published publish(String supplierId, Listing listing) {
    var existing = products.bySku(supplierId, listing.strippedSku());
    boolean addsListing = existing.map(Product::isWithdrawn).orElse(true);
    if (addsListing) {
      requireRoomFor(supplierId, 1);
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

  /**
   * 409 unless the supplier's tier leaves room for {@code more} live listings. Locks the membership, so
   * concurrent publications of one supplier queue here.
   */
  void requireRoomFor(String supplierId, int more) {
    OptionalInt limit = standing.listingLimitLocked(supplierId);
    if (limit.isEmpty()) {
      return;
    }
    long live = products.countLive(supplierId);
    if (live + more > limit.getAsInt()) {
      throw new ConflictException("your membership tier allows " + limit.getAsInt() + " listings and " + live
          + " are live; withdraw some or move to a higher tier");
    }
  }

  /** A supplier's people and its systems (partner-integration, e.g. an ERP uploading listings). */
  String requireMemberSupplier() {
    caller.require(MemberRole.SUPPLIER, MemberRole.PARTNER_INTEGRATION);
    String supplierId = caller.organizationId();
    if (!standing.isMember(supplierId)) {
      throw new ConflictException("only member suppliers publish listings; apply to join the network first");
    }
    return supplierId;
  }
}
