// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.partner.rest.catalog;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.extranet.marketplace.catalog.ProductCatalog;
import org.extranet.marketplace.catalog.PublishListing;
import org.extranet.marketplace.partner.rest.ListJson;
import org.extranet.marketplace.partner.rest.RequestBodies;
import org.extranet.marketplace.partner.rest.Roles;

/** A supplier's own listings. */
@Path("listings")
@Tag(name = "Catalog")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SUPPLIER, Roles.PARTNER_INTEGRATION})
public class ListingsResource {

  @Inject PublishListing publishListing;
  @Inject ProductCatalog catalog;

  @GET
  @Operation(summary = "The caller's listings, whatever its standing")
  public ListJson<CatalogJson.Product> mine() {
    return ListJson.of(catalog.mine().stream().map(CatalogJson.Product::of).toList());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "List a new SKU (409 when already listed)")
  public Response create(CatalogJson.ListingRequest request) {
    RequestBodies.require(request);
    PublishListing.Published published = publishListing.create(request.toListing(null));
    return Response.status(Response.Status.CREATED).entity(CatalogJson.Product.of(published.product())).build();
  }

  @PUT
  @Path("{sku}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "List or revise the SKU")
  public Response publish(@PathParam("sku") String sku, CatalogJson.ListingRequest request) {
    RequestBodies.require(request);
    PublishListing.Published published = publishListing.publish(request.toListing(sku));
    return Response.status(published.created() ? Response.Status.CREATED : Response.Status.OK)
        .entity(CatalogJson.Product.of(published.product()))
        .build();
  }
}
