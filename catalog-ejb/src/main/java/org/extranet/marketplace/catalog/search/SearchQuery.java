// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.catalog.search;

import java.util.Set;

/**
 * One catalog search, with who is asking: only listings of {@code activeSuppliers} match, and a
 * contract-only listing only when {@code callerOrganization} holds a contract for it (or is its supplier,
 * or {@code seesAll}, the operator).
 *
 * @param keyword words that must all occur in name, SKU or description (the last may be a prefix); blank: any
 * @param category a UNSPSC code, or null for all
 * @param supplierId one supplier, or null for all
 * @param inStock only listings with stock on hand
 */
public record SearchQuery(
    String keyword, String category, String supplierId, boolean inStock, Set<String> activeSuppliers,
    String callerOrganization, boolean seesAll, int page, int size) {

  public boolean hasKeyword() {
    return keyword != null && !keyword.isBlank();
  }
}
