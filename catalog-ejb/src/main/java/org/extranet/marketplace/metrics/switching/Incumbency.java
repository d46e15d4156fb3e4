// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.metrics.switching;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;

/**
 * A buyer's incumbent for a category (ARCHITECTURE.md "Metrics"): the supplier with the most spend over the
 * trailing 12 months, counted in calendar months (this month and the 11 before). Equal spend: the lower
 * supplier id, so the answer never depends on row order. None when the buyer has not bought in the category.
 */
public final class Incumbency {

  public static final int TRAILING_MONTHS = 12;

  private Incumbency() {}

  public static Optional<String> of(Map<String, BigDecimal> spendBySupplier) {
    return spendBySupplier.entrySet().stream()
        .filter(e -> e.getValue().signum() > 0)
        .max(Comparator.<Map.Entry<String, BigDecimal>, BigDecimal>comparing(Map.Entry::getValue)
            .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
        .map(Map.Entry::getKey);
  }
}
