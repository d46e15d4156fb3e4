// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.catalog;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.extranet.marketplace.organization.OrganizationRepository;
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

  @Inject Tenancy tenancy;
  @Inject ProductRepository products;
  @Inject SupplierStanding standing;
  @Inject OrganizationRepository organizations;

  public Page search(String keyword, String supplierId, int page, int size) {
    if (page < 0 || size < 1 || size > 200) {
      throw InvalidInputException.of("size", "page must be ≥ 0 and size between 1 and 200");
    }
    Set<String> visible = standing.activeSupplierIds();
    if (supplierId != null && !supplierId.isBlank()) {
      visible = visible.contains(supplierId) ? Set.of(supplierId) : Set.of();
    }
    if (visible.isEmpty()) {
      return new Page(List.of(), 0);
    }
    List<Product> found = products.search(visible, keyword, page, size);
    Map<String, String> names = organizations.names(found.stream().map(Product::supplierId).distinct().toList());
    List<ProductView> items = found.stream()
        .map(p -> p.view(names.getOrDefault(p.supplierId(), p.supplierId())))
        .toList();
    return new Page(items, products.count(visible, keyword));
  }

  /** One product, if its supplier is ACTIVE (or the caller is that supplier, or the operator). */
  public ProductView product(Long id) {
    Product product = products.find(id).orElseThrow(() -> new NotFoundException("Product", id));
    if (!standing.isActive(product.supplierId())) {
      tenancy.visible(product, id);
    }
    return product.view(name(product.supplierId()));
  }

  public List<ProductView> mine() {
    String supplierId = tenancy.organizationId();
    String name = name(supplierId);
    return products.ofSupplier(supplierId).stream().map(p -> p.view(name)).toList();
  }

  private String name(String organizationId) {
    return organizations.find(organizationId).map(o -> o.name()).orElse(organizationId);
  }
}
