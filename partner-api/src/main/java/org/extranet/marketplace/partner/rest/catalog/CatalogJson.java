// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.partner.rest.catalog;

import java.util.Arrays;
import java.util.List;
import org.extranet.marketplace.catalog.DigitalDelivery;
import org.extranet.marketplace.catalog.LicenceType;
import org.extranet.marketplace.catalog.Listing;
import org.extranet.marketplace.catalog.ProductCatalog;
import org.extranet.marketplace.catalog.ProductKind;
import org.extranet.marketplace.catalog.ProductView;
import org.extranet.marketplace.catalog.RelatedProduct;
import org.extranet.marketplace.partner.rest.MoneyJson;

/** The catalog on the wire (API.md "Catalog"). */
public final class CatalogJson {

  private CatalogJson() {}

  public record SupplierRef(String id, String name) {}

  public record CategoryRef(String code, String name) {}

  /**
   * A product as buyers see it; {@code price} is the caller's price (contract, else list).
   * Licence and links are present only for DIGITAL products.
   */
  public record Product(
      Long id, String sku, String name, String description, SupplierRef supplier, CategoryRef category,
      MoneyJson price, MoneyJson listPrice, String unit, int stock, String kind, int minimumOrderQuantity,
      int packSize, int leadTimeDays, String licenceType, String downloadUrl, String trainingUrl,
      boolean contractOnly, List<Relation> relations) {
    public static Product of(ProductView view) {
      return of(view, null);
    }

    /** With its relations (GET /products/{id}); lists leave them out. */
    public static Product of(ProductView view, List<Relation> relations) {
      DigitalDelivery digital = view.digital();
      return new Product(view.id(), view.sku(), view.name(), view.description(),
          new SupplierRef(view.supplierId(), view.supplierName()), new CategoryRef(view.category(), view.categoryTitle()),
          MoneyJson.of(view.price()), MoneyJson.of(view.listPrice()), view.unit(), view.stock(), view.kind().name(),
          view.minimumOrderQuantity(), view.packSize(), view.leadTimeDays(),
          digital == null || digital.licenceType() == null ? null : digital.licenceType().name(),
          digital == null ? null : digital.downloadUrl(), digital == null ? null : digital.trainingUrl(),
          view.contractOnly(), relations);
    }
  }

  public record ProductList(List<Product> items, long total) {}

  /** A related product; {@code bundlePrice} only for a BUNDLE. */
  public record Relation(String kind, Product product, MoneyJson bundlePrice) {
    static Relation of(RelatedProduct related) {
      return new Relation(related.kind().name(), Product.of(related.product()), MoneyJson.of(related.bundlePrice()));
    }
  }

  /** POST /listings/{sku}/relations. */
  public record RelationRequest(Long relatedProductId, String kind, MoneyJson bundlePrice) {}

  /** A facet value with its display name and how many matches carry it. */
  public record FacetValue(String value, String name, long count) {
    static List<FacetValue> of(List<ProductCatalog.Facet> facets) {
      return facets.stream().map(f -> new FacetValue(f.value(), f.name(), f.count())).toList();
    }
  }

  public record Facets(List<FacetValue> category, List<FacetValue> supplier) {}

  /** GET /products: a page, the total, and facet counts over every match. */
  public record SearchResults(List<Product> items, long total, Facets facets) {
    static SearchResults of(ProductCatalog.SearchPage page) {
      return new SearchResults(page.items().stream().map(Product::of).toList(), page.total(),
          new Facets(FacetValue.of(page.categories()), FacetValue.of(page.suppliers())));
    }
  }

  /** POST /listings and PUT /listings/{sku}. Absent terms take their defaults (MOQ 1, pack 1, lead time 0). */
  public record ListingRequest(
      String sku, String name, String description, String category, String unit, String kind, MoneyJson listPrice,
      Integer stock, Integer minimumOrderQuantity, Integer packSize, Integer leadTimeDays, String licenceType,
      String downloadUrl, String trainingUrl, Boolean contractOnly) {
    Listing toListing(String skuFromPath) {
      boolean digitalFields = licenceType != null || downloadUrl != null || trainingUrl != null;
      DigitalDelivery digital = digitalFields
          ? new DigitalDelivery(parse(LicenceType.values(), licenceType), downloadUrl, trainingUrl) : null;
      return new Listing(skuFromPath != null ? skuFromPath : sku, name, description, category, unit,
          parse(ProductKind.values(), kind), listPrice == null ? null : listPrice.toMoney("listPrice"), stock,
          minimumOrderQuantity, packSize, leadTimeDays, digital, Boolean.TRUE.equals(contractOnly));
    }
  }

  /** PUT /listings/{sku}/stock. */
  public record StockRequest(Integer onHand) {}

  public record Category(String code, String name, String segment) {}

  public record Unit(String code, String name) {}

  /** The constant named {@code text}, or null (which the listing's validation names as a bad field). */
  static <E extends Enum<E>> E parse(E[] values, String text) {
    return Arrays.stream(values).filter(v -> v.name().equals(text)).findFirst().orElse(null);
  }
}
