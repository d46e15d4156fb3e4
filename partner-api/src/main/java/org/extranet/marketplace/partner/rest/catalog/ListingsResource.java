// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.partner.rest.catalog;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.extranet.marketplace.catalog.ListingUpkeep;
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
  @Inject ListingUpkeep upkeep;
  @Inject ProductCatalog catalog;

  @GET
  @Operation(summary = "The caller's live listings by SKU, paged, whatever its standing")
  public ListJson<CatalogJson.Product> mine(@QueryParam("page") String page, @QueryParam("size") String size) {
    ListJson.Paging paging = ListJson.paging(page, size);
    ProductCatalog.Page mine = catalog.mine(paging.page(), paging.size());
    return new ListJson<>(mine.items().stream().map(CatalogJson.Product::of).toList(), mine.total());
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

  @PUT
  @Path("{sku}/stock")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Set the stock on hand of a live listing")
  public CatalogJson.Product restock(@PathParam("sku") String sku, CatalogJson.StockRequest request) {
    RequestBodies.require(request);
    return CatalogJson.Product.of(upkeep.restock(sku, request.onHand()));
  }

  @DELETE
  @Path("{sku}")
  @Operation(summary = "Withdraw the listing (kept for past orders; publishing the SKU again brings it back)")
  public Response withdraw(@PathParam("sku") String sku) {
    upkeep.withdraw(sku);
    return Response.noContent().build();
  }
}
