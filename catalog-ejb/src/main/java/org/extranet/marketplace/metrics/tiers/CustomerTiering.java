// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.metrics.tiers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.extranet.marketplace.organization.OrganizationRef;

/**
 * A supplier's customers in tiers (README "Customer tiers"), over the trailing 12 months:
 * <ul>
 *   <li><b>RFM</b>: recency (days since the last order), frequency (orders), monetary (spend), each scored 1–5
 *       by quintile among the supplier's customers — 5 the best fifth (most recent, most orders, most spend);
 *       equal values share the better score. The RFM score is the three digits, e.g. "545".</li>
 *   <li><b>ABC</b> (80:20): customers by spend, largest first; A while the spend of those before it is under
 *       80 % of the total (so the customer that crosses 80 % is still A), B under 95 %, C the rest.</li>
 *   <li><b>Loyalty ladder</b>: PROSPECT holds a contract price with the supplier but has not ordered;
 *       FIRST_TIME one order; REPEAT more; CLIENT orders in at least 3 months and the supplier is its
 *       incumbent in at least one category; ADVOCATE a client with orders in at least 6 months whose
 *       incumbent the supplier is in every category it buys from it.</li>
 * </ul>
 */
public final class CustomerTiering {

  public enum Abc { A, B, C }

  public enum LoyaltyStage { PROSPECT, FIRST_TIME, REPEAT, CLIENT, ADVOCATE }

  /**
   * What the supplier's records say of one buyer.
   *
   * @param recencyDays days from the last order to the end of the period; null for a prospect
   * @param activeMonths calendar months with at least one order
   * @param categories categories it bought from the supplier; {@code incumbentIn}: those where the supplier is its incumbent
   */
  public record Customer(String buyerId, String buyerName, Integer recencyDays, int orders, BigDecimal spend,
      int activeMonths, int categories, int incumbentIn) {

    boolean isProspect() {
      return orders == 0;
    }
  }

  /** @param recency days since the last order (null: a prospect) */
  public record Tier(OrganizationRef buyer, Integer recency, int frequency, BigDecimal monetary,
      Integer recencyScore, Integer frequencyScore, Integer monetaryScore, String rfmScore, Abc abcClass,
      LoyaltyStage loyaltyStage) {}

  private CustomerTiering() {}

  /** Tiers for every customer and prospect: customers by spend (largest first), then prospects. */
  public static List<Tier> of(List<Customer> all) {
    List<Customer> buying = all.stream().filter(c -> !c.isProspect())
        .sorted(Comparator.comparing(Customer::spend).reversed().thenComparing(Customer::buyerId)).toList();
    Map<String, Integer> r = quintiles(buying, c -> -c.recencyDays());
    Map<String, Integer> f = quintiles(buying, c -> c.orders());
    Map<String, Integer> m = quintiles(buying, c -> c.spend().doubleValue());
    Map<String, Abc> abc = abc(buying);
    List<Tier> tiers = new ArrayList<>();
    for (Customer c : buying) {
      int rs = r.get(c.buyerId());
      int fs = f.get(c.buyerId());
      int ms = m.get(c.buyerId());
      tiers.add(new Tier(new OrganizationRef(c.buyerId(), c.buyerName()), c.recencyDays(), c.orders(), c.spend(), rs, fs, ms,
          "" + rs + fs + ms, abc.get(c.buyerId()), stage(c)));
    }
    all.stream().filter(Customer::isProspect).sorted(Comparator.comparing(Customer::buyerId))
        .forEach(c -> tiers.add(new Tier(new OrganizationRef(c.buyerId(), c.buyerName()), null, 0, BigDecimal.ZERO, null, null, null, null, null,
            LoyaltyStage.PROSPECT)));
    return tiers;
  }

  static LoyaltyStage stage(Customer c) {
    if (c.isProspect()) {
      return LoyaltyStage.PROSPECT;
    }
    if (c.orders() == 1) {
      return LoyaltyStage.FIRST_TIME;
    }
    if (c.activeMonths() < 3 || c.incumbentIn() == 0) {
      return LoyaltyStage.REPEAT;
    }
    return c.activeMonths() >= 6 && c.incumbentIn() == c.categories() ? LoyaltyStage.ADVOCATE : LoyaltyStage.CLIENT;
  }

  /** Score 5 for the best fifth … 1 for the last: 5 − ⌊5 × rank ÷ n⌋, rank 0 the best; ties take the first rank. */
  static <N extends Number> Map<String, Integer> quintiles(List<Customer> customers, Function<Customer, N> value) {
    List<Customer> best = customers.stream()
        .sorted(Comparator.comparing((Customer c) -> value.apply(c).doubleValue()).reversed()).toList();
    Map<String, Integer> scores = new HashMap<>();
    int rank = 0;
    for (int i = 0; i < best.size(); i++) {
      if (i > 0 && value.apply(best.get(i)).doubleValue() != value.apply(best.get(i - 1)).doubleValue()) {
        rank = i;
      }
      scores.put(best.get(i).buyerId(), 5 - (5 * rank) / best.size());
    }
    return scores;
  }

  /** @param bySpend customers, largest spend first */
  static Map<String, Abc> abc(List<Customer> bySpend) {
    BigDecimal total = bySpend.stream().map(Customer::spend).reduce(BigDecimal.ZERO, BigDecimal::add);
    Map<String, Abc> classes = new HashMap<>();
    BigDecimal before = BigDecimal.ZERO;
    for (Customer c : bySpend) {
      BigDecimal shareBefore = total.signum() == 0 ? BigDecimal.ZERO : before.divide(total, 6, RoundingMode.HALF_UP);
      classes.put(c.buyerId(), shareBefore.compareTo(new BigDecimal("0.80")) < 0 ? Abc.A
          : shareBefore.compareTo(new BigDecimal("0.95")) < 0 ? Abc.B : Abc.C);
      before = before.add(c.spend());
    }
    return classes;
  }
}
