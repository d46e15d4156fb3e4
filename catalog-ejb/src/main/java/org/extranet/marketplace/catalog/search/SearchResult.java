// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.catalog.search;

import java.util.List;
import java.util.Map;

/**
 * One page of product ids in rank order, how many match in all, and the facet counts over all matches
 * (category code → count, supplier id → count, largest first).
 */
public record SearchResult(List<Long> productIds, long total, Map<String, Long> categories, Map<String, Long> suppliers) {

  public static SearchResult empty() {
    return new SearchResult(List.of(), 0, Map.of(), Map.of());
  }
}
