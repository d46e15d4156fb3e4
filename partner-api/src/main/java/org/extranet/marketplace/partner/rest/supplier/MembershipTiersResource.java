// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.partner.rest.supplier;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.extranet.marketplace.partner.rest.ListJson;
import org.extranet.marketplace.partner.rest.Roles;
import org.extranet.marketplace.supplier.SupplierDirectory;

/** The membership tiers: data, with their annual fee and listing limit. */
@Path("membership-tiers")
@Tag(name = "Suppliers and membership")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.OPERATOR, Roles.BUYER, Roles.APPROVER, Roles.SUPPLIER, Roles.PARTNER_INTEGRATION})
public class MembershipTiersResource {

  @Inject SupplierDirectory directory;

  @GET
  @Operation(summary = "Membership tiers with their annual fee and listing limit (null: unlimited)")
  public ListJson<SupplierJson.Tier> tiers() {
    return ListJson.of(directory.tiers().stream().map(SupplierJson.Tier::of).toList());
  }
}
