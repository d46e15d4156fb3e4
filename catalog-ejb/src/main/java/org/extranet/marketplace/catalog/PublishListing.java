// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.catalog;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.extranet.marketplace.organization.Caller;
import org.extranet.marketplace.organization.MemberRole;
import org.extranet.marketplace.organization.OrganizationRepository;
import org.extranet.marketplace.shared.ConflictException;
import org.extranet.marketplace.supplier.SupplierStanding;

/**
 * A member supplier publishes (or revises) the listing for one of its SKUs. Applicants cannot publish;
 * a suspended supplier may keep its listings up to date, but nobody sees them until it is reinstated.
 */
@Stateless
public class PublishListing {

  /** The listing as it now stands, and whether this call created it. */
  public record Published(ProductView product, boolean created) {}

  @Inject Caller caller;
  @Inject ProductRepository products;
  @Inject SupplierStanding standing;
  @Inject OrganizationRepository organizations;

  /** Lists a new SKU; 409 when the supplier already lists it (revise it with {@link #publish}). */
  public Published create(Listing listing) {
    requireSupplierSide();
    if (products.bySku(caller.organizationId(), listing.sku().strip()).isPresent()) {
      throw new ConflictException("SKU " + listing.sku().strip() + " is already listed; revise it instead");
    }
    return publish(listing);
  }

  /** Lists the SKU, or revises the listing when it exists. */
  public Published publish(Listing listing) {
    requireSupplierSide();
    String supplierId = caller.organizationId();
    if (!standing.isMember(supplierId)) {
      throw new ConflictException("only member suppliers publish listings; apply to join the network first");
    }
    var existing = products.bySku(supplierId, listing.sku().strip());
    Product product = existing.orElseGet(() -> new Product(supplierId, listing));
    if (existing.isPresent()) {
      product.revise(listing);
    } else {
      products.store(product);
    }
    products.flush();
    String name = organizations.find(supplierId).map(o -> o.name()).orElse(supplierId);
    return new Published(product.view(name), existing.isEmpty());
  }

  /** A supplier's people and its systems (partner-integration, e.g. an ERP uploading listings). */
  private void requireSupplierSide() {
    caller.require(MemberRole.SUPPLIER, MemberRole.PARTNER_INTEGRATION);
  }
}
