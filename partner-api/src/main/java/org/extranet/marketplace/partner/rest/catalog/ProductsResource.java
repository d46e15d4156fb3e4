// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.partner.rest.catalog;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.extranet.marketplace.catalog.ProductCatalog;
import org.extranet.marketplace.partner.rest.Roles;

/** The shared catalog: only ACTIVE suppliers' listings, ever. */
@Path("products")
@Tag(name = "Catalog")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.OPERATOR, Roles.BUYER, Roles.APPROVER, Roles.SUPPLIER, Roles.PARTNER_INTEGRATION})
public class ProductsResource {

  @Inject ProductCatalog catalog;

  @GET
  @Operation(summary = "Search the catalog by keyword (name or SKU) and supplier, paged")
  public CatalogJson.ProductList search(
      @QueryParam("q") String keyword, @QueryParam("supplierId") String supplierId,
      @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
    ProductCatalog.Page result = catalog.search(keyword, supplierId, page, size);
    return new CatalogJson.ProductList(result.items().stream().map(CatalogJson.Product::of).toList(), result.total());
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One product; a suspended supplier's answers 404")
  public CatalogJson.Product product(@PathParam("id") long id) {
    return CatalogJson.Product.of(catalog.product(id));
  }
}
