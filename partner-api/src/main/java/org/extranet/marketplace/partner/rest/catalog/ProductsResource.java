// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.partner.rest.catalog;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.extranet.marketplace.catalog.ProductCatalog;
import org.extranet.marketplace.catalog.ProductRelations;
import org.extranet.marketplace.partner.rest.ListJson;
import org.extranet.marketplace.partner.rest.Roles;
import org.extranet.marketplace.shared.InvalidInputException;

/** The shared catalog: only ACTIVE suppliers' listings, ever. */
@Path("products")
@Tag(name = "Catalog")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.OPERATOR, Roles.BUYER, Roles.APPROVER, Roles.SUPPLIER, Roles.PARTNER_INTEGRATION})
public class ProductsResource {

  @Inject ProductCatalog catalog;
  @Inject ProductRelations relations;

  @GET
  @Operation(summary = "Search: every word in name, SKU or description; filter by category, supplier, stock; facets over all matches")
  public CatalogJson.SearchResults search(
      @QueryParam("q") String keyword, @QueryParam("category") String category, @QueryParam("supplierId") String supplierId,
      @QueryParam("inStock") String inStock, @QueryParam("page") String page, @QueryParam("size") String size) {
    ListJson.Paging paging = ListJson.paging(page, size);
    ProductCatalog.Search search = new ProductCatalog.Search(keyword, category, supplierId, flag(inStock));
    return CatalogJson.SearchResults.of(catalog.search(search, paging.page(), paging.size()));
  }

  /** {@code inStock=true|false}; anything else is a 400 naming the parameter. */
  private static boolean flag(String value) {
    if (value == null || value.isBlank() || value.equalsIgnoreCase("false")) {
      return false;
    }
    if (value.equalsIgnoreCase("true")) {
      return true;
    }
    throw InvalidInputException.of("inStock", "must be true or false");
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One product with its relations; a suspended supplier's, a withdrawn or another buyer's contract-only one answers 404")
  public CatalogJson.Product product(@PathParam("id") long id) {
    return CatalogJson.Product.of(catalog.product(id), relations.of(id).stream().map(CatalogJson.Relation::of).toList());
  }

  @GET
  @Path("{id}/alternatives")
  @Operation(summary = "What could replace the product: explicit alternatives and category peers, in stock first")
  public ListJson<CatalogJson.Product> alternatives(@PathParam("id") long id) {
    return ListJson.of(relations.alternatives(id).stream().map(CatalogJson.Product::of).toList());
  }
}
