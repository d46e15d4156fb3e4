// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.metrics.scorecard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The counts a scorecard is made of — for one purchase order (kept per order as its steps happen) or summed
 * over a supplier's. Counts add up, so a supplier's totals move by the difference when one order changes.
 */
public record ScorecardCounts(long acknowledged, long orderedUnits, long shippedUnits, long delivered, long deliveredOnTime,
    long failed, long invoices, long invoicesMatched) {

  public static final ScorecardCounts NONE = new ScorecardCounts(0, 0, 0, 0, 0, 0, 0, 0);

  /** @param answered the purchase order's acknowledgement, or null before it */
  static ScorecardCounts of(Scorecard.Answered answered, List<Scorecard.Outcome> outcomes, long invoices, long matched) {
    long delivered = outcomes.stream().filter(Scorecard.Outcome::delivered).count();
    long onTime = outcomes.stream().filter(Scorecard.Outcome::delivered)
        .filter(o -> o.due() == null || !o.at().atOffset(ZoneOffset.UTC).toLocalDate().isAfter(o.due())).count();
    return new ScorecardCounts(answered == null ? 0 : 1, answered == null ? 0 : answered.ordered(),
        answered == null ? 0 : answered.shipped(), delivered, onTime, outcomes.size() - delivered, invoices, matched);
  }

  /** Hours from reaching the supplier to its answer. */
  static BigDecimal ackHours(Scorecard.Answered answered) {
    return BigDecimal.valueOf(Duration.between(answered.sent(), answered.acknowledged()).toSeconds())
        .divide(BigDecimal.valueOf(3600), 4, RoundingMode.HALF_UP);
  }

  ScorecardCounts plus(ScorecardCounts o) {
    return new ScorecardCounts(acknowledged + o.acknowledged, orderedUnits + o.orderedUnits, shippedUnits + o.shippedUnits,
        delivered + o.delivered, deliveredOnTime + o.deliveredOnTime, failed + o.failed, invoices + o.invoices,
        invoicesMatched + o.invoicesMatched);
  }

  ScorecardCounts minus(ScorecardCounts o) {
    return new ScorecardCounts(acknowledged - o.acknowledged, orderedUnits - o.orderedUnits, shippedUnits - o.shippedUnits,
        delivered - o.delivered, deliveredOnTime - o.deliveredOnTime, failed - o.failed, invoices - o.invoices,
        invoicesMatched - o.invoicesMatched);
  }
}
