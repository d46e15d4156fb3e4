// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.partner.rest.catalog;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.extranet.marketplace.catalog.ProductRelations;
import org.extranet.marketplace.catalog.RelationKind;
import org.extranet.marketplace.partner.rest.RequestBodies;
import org.extranet.marketplace.partner.rest.Roles;

/** A supplier relates its listing to alternatives, accessories and bundle partners. */
@Path("listings/{sku}/relations")
@Tag(name = "Catalog")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SUPPLIER, Roles.PARTNER_INTEGRATION})
public class RelationsResource {

  @Inject ProductRelations relations;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Relate the listing to another product: ALTERNATIVE (any), ACCESSORY or BUNDLE (own, with bundlePrice)")
  public Response relate(@PathParam("sku") String sku, CatalogJson.RelationRequest request) {
    RequestBodies.require(request);
    var related = relations.relate(sku, request.relatedProductId(), CatalogJson.parse(RelationKind.values(), request.kind()),
        request.bundlePrice() == null ? null : request.bundlePrice().toMoney("bundlePrice"));
    return Response.status(Response.Status.CREATED).entity(CatalogJson.Relation.of(related)).build();
  }

  @DELETE
  @Path("{relatedProductId}")
  @Operation(summary = "Remove a relation (kind as query parameter)")
  public Response unrelate(@PathParam("sku") String sku, @PathParam("relatedProductId") long relatedProductId,
      @QueryParam("kind") String kind) {
    relations.unrelate(sku, relatedProductId, CatalogJson.parse(RelationKind.values(), kind));
    return Response.noContent().build();
  }
}
