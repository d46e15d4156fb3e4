// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.extranet.marketplace.organization.OrganizationNames;
import org.extranet.marketplace.shared.Money;

/** Turns listings into read models as the caller sees them: supplier and category named, the caller's price. */
@ApplicationScoped
public class ProductViews {

  @Inject OrganizationNames organizations;
  @Inject CatalogReference reference;
  @Inject CallerPrices prices;

  public ProductView of(Product product) {
    return of(List.of(product)).get(0);
  }

  public List<ProductView> of(List<Product> products) {
    return of(products, prices.of(products));
  }

  /** With prices the caller resolved already (ordering prices for the buyer and the quantity). */
  public List<ProductView> of(List<Product> products, Map<Long, Money> price) {
    Map<String, String> names = organizations.of(products.stream().map(Product::supplierId).distinct().toList());
    return products.stream()
        .map(p -> p.view(names.getOrDefault(p.supplierId(), p.supplierId()), categoryTitle(p.category()), price.get(p.id())))
        .toList();
  }

  private String categoryTitle(String code) {
    return reference.category(code).map(CatalogReference.Category::title).orElse(code);
  }
}
