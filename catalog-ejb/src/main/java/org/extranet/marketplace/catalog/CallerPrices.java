// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.extranet.marketplace.shared.Money;

/**
 * The price the caller pays for each listing of a page, at quantity 1. For now the list price: contract
 * prices (issue 5, "Pricing") resolve here, in one place, so every page, detail and channel shows the same.
 */
@ApplicationScoped
public class CallerPrices {

  public Map<Long, Money> of(List<Product> products) {
    return products.stream().collect(Collectors.toMap(Product::id, Product::listPrice, (a, b) -> a));
  }
}
