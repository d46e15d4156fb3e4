// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.metrics.switching;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import org.extranet.marketplace.organization.OrganizationRef;

/**
 * One buyer's switching over a period (README "Switching"): of its order lines in categories where it had
 * an incumbent, the share bought elsewhere (switch rate); each supplier's share of its spend (share of
 * wallet); and how concentrated that spend is — the Herfindahl-Hirschman index, Σ (share × 100)², from near
 * 0 (spread over many suppliers) to 10,000 (one supplier).
 *
 * @param linesWithIncumbent lines in a category the buyer had bought in before (first purchases have no incumbent)
 * @param switchRate switches ÷ linesWithIncumbent; null when there were none
 */
public record BuyerSwitching(OrganizationRef buyer, BigDecimal spend, long lines, long linesWithIncumbent,
    long switches, BigDecimal switchRate, List<SupplierShare> supplierShare, BigDecimal hhi) {

  /** A supplier's part of the buyer's spend; share from 0 to 1. */
  public record SupplierShare(OrganizationRef supplier, BigDecimal spend, BigDecimal share) {}

  /** @param spendBySupplier the buyer's spend per supplier in the period (names resolved by the caller) */
  public static BuyerSwitching of(OrganizationRef buyer, List<SupplierShare> spendBySupplier, long lines,
      long linesWithIncumbent, long switches) {
    BigDecimal total = spendBySupplier.stream().map(SupplierShare::spend).reduce(BigDecimal.ZERO, BigDecimal::add);
    List<SupplierShare> shares = spendBySupplier.stream()
        .map(s -> new SupplierShare(s.supplier(), s.spend(), ratio(s.spend(), total)))
        .sorted(Comparator.comparing(SupplierShare::spend).reversed().thenComparing(s -> s.supplier().id()))
        .toList();
    BigDecimal hhi = total.signum() == 0 ? null : spendBySupplier.stream()
        .map(s -> s.spend().multiply(BigDecimal.valueOf(100)).divide(total, 10, RoundingMode.HALF_UP).pow(2))
        .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(0, RoundingMode.HALF_UP);
    BigDecimal rate = linesWithIncumbent == 0 ? null
        : ratio(BigDecimal.valueOf(switches), BigDecimal.valueOf(linesWithIncumbent));
    return new BuyerSwitching(buyer, total, lines, linesWithIncumbent, switches, rate, shares, hhi);
  }

  static BigDecimal ratio(BigDecimal part, BigDecimal whole) {
    return whole.signum() == 0 ? null : part.divide(whole, 4, RoundingMode.HALF_UP);
  }
}
