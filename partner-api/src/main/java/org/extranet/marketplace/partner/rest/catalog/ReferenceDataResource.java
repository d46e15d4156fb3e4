// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.partner.rest.catalog;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.extranet.marketplace.catalog.CatalogReference;
import org.extranet.marketplace.partner.rest.ListJson;
import org.extranet.marketplace.partner.rest.Roles;

/** The codes listings must use: UNSPSC categories and UN/ECE Rec 20 units. */
@Path("")
@Tag(name = "Catalog")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.OPERATOR, Roles.BUYER, Roles.APPROVER, Roles.SUPPLIER, Roles.PARTNER_INTEGRATION})
public class ReferenceDataResource {

  @Inject CatalogReference reference;

  @GET
  @Path("categories")
  @Operation(summary = "UNSPSC commodity codes the catalog uses, by segment")
  public ListJson<CatalogJson.Category> categories() {
    return ListJson.of(reference.categories().stream()
        .map(c -> new CatalogJson.Category(c.code(), c.title(), c.segment())).toList());
  }

  @GET
  @Path("units")
  @Operation(summary = "UN/ECE Recommendation 20 units of measure the catalog accepts")
  public ListJson<CatalogJson.Unit> units() {
    return ListJson.of(reference.units().stream().map(u -> new CatalogJson.Unit(u.code(), u.name())).toList());
  }
}
