// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.metrics.switching;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.extranet.marketplace.organization.OrganizationRef;

/**
 * One supplier's customers over a period against the period of the same length just before (README
 * "Switching"): retained bought in both; new bought now but not before; lost bought before but not now;
 * upgraded are retained customers who spent at least {@link #UPGRADE} times as much as before. Retention =
 * retained ÷ customers before (null when it had none). Switches won: lines it got from buyers whose incumbent
 * was another supplier; switches lost: lines buyers whose incumbent it was gave to another.
 */
public record SupplierRetention(OrganizationRef supplier, int customers, int previousCustomers,
    int retained, BigDecimal retention, int newCustomers, int lostCustomers, int upgradedCustomers,
    long switchesWon, long switchesLost) {

  public static final BigDecimal UPGRADE = new BigDecimal("1.2");

  /** @param now and {@code before}: spend per buyer in the period and in the one before it */
  public static SupplierRetention of(OrganizationRef supplier, Map<String, BigDecimal> now,
      Map<String, BigDecimal> before, long switchesWon, long switchesLost) {
    Set<String> kept = new HashSet<>(now.keySet());
    kept.retainAll(before.keySet());
    int upgraded = (int) kept.stream().filter(b -> now.get(b).compareTo(before.get(b).multiply(UPGRADE)) >= 0).count();
    return new SupplierRetention(supplier, now.size(), before.size(), kept.size(),
        BuyerSwitching.ratio(BigDecimal.valueOf(kept.size()), BigDecimal.valueOf(before.size())),
        now.size() - kept.size(), before.size() - kept.size(), upgraded, switchesWon, switchesLost);
  }
}
