// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.catalog.pricing;

import java.time.LocalDate;
import java.util.List;
import org.extranet.marketplace.shared.Money;

/**
 * A contract price a supplier offers one buyer organization for one of its SKUs.
 *
 * @param validTo the last day it applies, or null for open-ended
 * @param tiers cheaper unit prices from a quantity on (each from at least 2, prices falling as quantities rise)
 */
public record NewContract(
    String buyerOrganizationId, String sku, Money price, LocalDate validFrom, LocalDate validTo, List<Tier> tiers) {

  /** One volume tier as asked for. */
  public record Tier(Integer minQuantity, Money price) {}
}
