// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.catalog;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
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
  @Inject ProductViews views;

  public Page search(String keyword, String supplierId, int page, int size) {
    requirePaging(page, size);
    Set<String> visible = standing.activeSupplierIds();
    if (supplierId != null && !supplierId.isBlank()) {
      visible = visible.contains(supplierId) ? Set.of(supplierId) : Set.of();
    }
    if (visible.isEmpty()) {
      return new Page(List.of(), 0);
    }
    List<ProductView> items = views.of(products.search(visible, keyword, page, size));
    return new Page(items, products.count(visible, keyword));
  }

  /** One product, if its supplier is ACTIVE (or the caller is that supplier, or the operator). */
  public ProductView product(Long id) {
    Product product = products.find(id).orElseThrow(() -> new NotFoundException("Product", id));
    if (!standing.isActive(product.supplierId()) || product.isWithdrawn()) {
      tenancy.visible(product, id);
    }
    return views.of(product);
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
