// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.partner.rest.catalog;

import java.util.Arrays;
import java.util.List;
import org.extranet.marketplace.catalog.Listing;
import org.extranet.marketplace.catalog.ProductKind;
import org.extranet.marketplace.catalog.ProductView;
import org.extranet.marketplace.partner.rest.MoneyJson;

/** The catalog on the wire (API.md "Catalog"). */
public final class CatalogJson {

  private CatalogJson() {}

  public record SupplierRef(String id, String name) {}

  public record CategoryRef(String code) {}

  /** A product as buyers see it; {@code price} is the caller's price (list price until contracts exist). */
  public record Product(
      Long id, String sku, String name, String description, SupplierRef supplier, CategoryRef category,
      MoneyJson price, MoneyJson listPrice, String unit, int stock, String kind) {
    static Product of(ProductView view) {
      return new Product(view.id(), view.sku(), view.name(), view.description(),
          new SupplierRef(view.supplierId(), view.supplierName()), new CategoryRef(view.category()),
          MoneyJson.of(view.listPrice()), MoneyJson.of(view.listPrice()), view.unit(), view.stock(), view.kind().name());
    }
  }

  public record ProductList(List<Product> items, long total) {}

  /** POST /listings and PUT /listings/{sku}. */
  public record ListingRequest(
      String sku, String name, String description, String category, String unit, String kind, MoneyJson listPrice, Integer stock) {
    Listing toListing(String skuFromPath) {
      ProductKind parsedKind = Arrays.stream(ProductKind.values()).filter(k -> k.name().equals(kind)).findFirst().orElse(null);
      return new Listing(skuFromPath != null ? skuFromPath : sku, name, description, category, unit, parsedKind,
          listPrice == null ? null : listPrice.toMoney("listPrice"), stock);
    }
  }
}
