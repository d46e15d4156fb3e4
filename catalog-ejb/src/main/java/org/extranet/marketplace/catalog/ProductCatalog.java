// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.catalog;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.Map;
import org.extranet.marketplace.catalog.pricing.ContractPrice;
import org.extranet.marketplace.catalog.pricing.ContractRepository;
import org.extranet.marketplace.catalog.search.ProductSearch;
import org.extranet.marketplace.catalog.search.SearchQuery;
import org.extranet.marketplace.catalog.search.SearchResult;
import org.extranet.marketplace.organization.OrganizationNames;
import org.extranet.marketplace.organization.Tenancy;
import org.extranet.marketplace.shared.InvalidInputException;
import org.extranet.marketplace.shared.NotFoundException;
import org.extranet.marketplace.supplier.SupplierStanding;

/**
 * What buyers (and everyone else) see of the catalog: only ACTIVE suppliers' listings, ever. Suppliers
 * see their own listings whatever their standing through {@link #mine()}.
 */
@Stateless
public class ProductCatalog {

  /** One page of results and how many there are in all. */
  public record Page(List<ProductView> items, long total) {}

  /** A facet value, its display name and how many matches carry it. */
  public record Facet(String value, String name, long count) {}

  /** One page of search results, the total, and facet counts over every match. */
  public record SearchPage(List<ProductView> items, long total, List<Facet> categories, List<Facet> suppliers) {}

  /** What a buyer asks the catalog; null or blank parts do not filter. */
  public record Search(String keyword, String category, String supplierId, boolean inStock) {}

  @Inject Tenancy tenancy;
  @Inject ProductRepository products;
  @Inject SupplierStanding standing;
  @Inject ProductViews views;
  @Inject ProductSearch productSearch;
  @Inject ContractRepository contracts;
  @Inject CatalogReference reference;
  @Inject OrganizationNames organizations;

  /**
   * The caller's search: ACTIVE suppliers' live listings (contract-only ones only for buyers holding a
   * contract), ranked by relevance for a keyword, else by name; facets count every match.
   */
  public SearchPage search(Search search, int page, int size) {
    requirePaging(page, size);
    SearchQuery query = new SearchQuery(blankToNull(search.keyword()), blankToNull(search.category()),
        blankToNull(search.supplierId()), search.inStock(), standing.activeSupplierIds(), tenancy.organizationId(),
        tenancy.seesAll(), page, size);
    SearchResult found = productSearch.search(query);
    Map<Long, Product> byId = products.byIds(found.productIds()).stream().collect(Collectors.toMap(Product::id, p -> p));
    List<Product> ranked = found.productIds().stream().map(byId::get).filter(Objects::nonNull).toList();
    Map<String, String> supplierNames = organizations.of(List.copyOf(found.suppliers().keySet()));
    return new SearchPage(views.of(ranked), found.total(),
        facets(found.categories(), code -> reference.category(code).map(CatalogReference.Category::title).orElse(code)),
        facets(found.suppliers(), id -> supplierNames.getOrDefault(id, id)));
  }

  private static List<Facet> facets(Map<String, Long> counts, Function<String, String> name) {
    return counts.entrySet().stream().map(e -> new Facet(e.getKey(), name.apply(e.getKey()), e.getValue())).toList();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  /**
   * One product, if its supplier is ACTIVE, it is not withdrawn, and — when contract-only — the caller holds
   * a contract for it; its supplier and the operator always see it. Otherwise 404, as if it did not exist.
   */
  public ProductView product(Long id) {
    return visible(id == null ? List.of() : List.of(id)).stream().findFirst()
        .orElseThrow(() -> new NotFoundException("Product", id));
  }

  /**
   * Those of the given products the caller may see (the rule of {@link #product}), in the given order, with a
   * fixed number of queries however many there are: for relations, alternatives and carts.
   */
  public List<ProductView> visible(List<Long> ids) {
    Map<Long, Product> byId = products.byIds(ids).stream().collect(Collectors.toMap(Product::id, p -> p));
    Set<String> active = standing.activeSupplierIds();
    List<Long> contractOnly = byId.values().stream().filter(Product::isContractOnly).map(Product::id).toList();
    Set<Long> held = contracts.ofBuyer(tenancy.organizationId(), contractOnly).stream()
        .map(ContractPrice::productId).collect(Collectors.toSet());
    List<Product> visible = ids.stream().distinct().map(byId::get).filter(Objects::nonNull)
        .filter(p -> tenancy.canSee(p) // its supplier and the operator always see it
            || (active.contains(p.supplierId()) && !p.isWithdrawn() && (!p.isContractOnly() || held.contains(p.id()))))
        .toList();
    return views.of(visible);
  }

  /** The products the caller may see with these SKUs, by SKU: a SKU is unique per supplier only. */
  public Map<String, List<ProductView>> visibleBySku(java.util.Collection<String> skus) {
    List<Long> ids = products.idsBySku(skus).values().stream().flatMap(List::stream).toList();
    return visible(ids).stream().collect(Collectors.groupingBy(ProductView::sku));
  }

  /** The caller's own live listings, whatever its standing. */
  public Page mine(int page, int size) {
    requirePaging(page, size);
    String supplierId = tenancy.organizationId();
    return new Page(views.of(products.ofSupplier(supplierId, page, size)), products.countLive(supplierId));
  }

  private static void requirePaging(int page, int size) {
    if (page < 0 || size < 1 || size > 200) {
      throw InvalidInputException.of("size", "page must be ≥ 0 and size between 1 and 200");
    }
  }
}
