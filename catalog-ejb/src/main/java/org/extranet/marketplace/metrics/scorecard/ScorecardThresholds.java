// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.metrics.scorecard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.extranet.marketplace.shared.RejectedDocumentException;

/**
 * Where a scorecard stops being acceptable (README "Supplier scorecard"): a supplier breaching any of these
 * goes into the vetting queue for re-review. Rates are judged only once the supplier has at least
 * {@code minimumShipments} shipments with an outcome (a handful of orders says little); acknowledgement hours
 * and invoice accuracy whenever there is something to count.
 */
public record ScorecardThresholds(BigDecimal maxAckHours, BigDecimal minOnTimeRate, BigDecimal maxDeliveryFailureRate,
    BigDecimal minFillRate, BigDecimal minInvoiceAccuracy, Integer minimumShipments) {

  public static final ScorecardThresholds DEFAULT = new ScorecardThresholds(new BigDecimal("48"), new BigDecimal("0.80"),
      new BigDecimal("0.10"), new BigDecimal("0.85"), new BigDecimal("0.90"), 10);

  /** Every figure present, hours not negative, rates from 0 to 1 (422 naming each; the old thresholds stay). */
  public ScorecardThresholds {
    List<RejectedDocumentException.LineError> bad = new ArrayList<>();
    if (maxAckHours == null || maxAckHours.signum() < 0) {
      bad.add(new RejectedDocumentException.LineError(0, "maxAckHours", "hours, not negative"));
    }
    rate(bad, "minOnTimeRate", minOnTimeRate);
    rate(bad, "maxDeliveryFailureRate", maxDeliveryFailureRate);
    rate(bad, "minFillRate", minFillRate);
    rate(bad, "minInvoiceAccuracy", minInvoiceAccuracy);
    if (minimumShipments == null || minimumShipments < 0) {
      bad.add(new RejectedDocumentException.LineError(0, "minimumShipments", "a count, not negative"));
    }
    if (!bad.isEmpty()) {
      throw new RejectedDocumentException("The thresholds have missing or out-of-range figures; the current ones stay.", bad);
    }
  }

  /** What the scorecard breaches, in words for the vetting queue; empty when it is acceptable. */
  public List<String> breaches(Scorecard card) {
    List<String> reasons = new ArrayList<>();
    if (card.ackHoursMedian() != null && card.ackHoursMedian().compareTo(maxAckHours) > 0) {
      reasons.add("median acknowledgement " + card.ackHoursMedian() + " h > " + maxAckHours + " h");
    }
    boolean enough = card.delivered() + card.failed() >= minimumShipments;
    if (enough && card.onTimeRate() != null && card.onTimeRate().compareTo(minOnTimeRate) < 0) {
      reasons.add("on-time rate " + card.onTimeRate() + " < " + minOnTimeRate);
    }
    if (enough && card.deliveryFailureRate() != null && card.deliveryFailureRate().compareTo(maxDeliveryFailureRate) > 0) {
      reasons.add("delivery failure rate " + card.deliveryFailureRate() + " > " + maxDeliveryFailureRate);
    }
    if (enough && card.fillRate() != null && card.fillRate().compareTo(minFillRate) < 0) {
      reasons.add("fill rate " + card.fillRate() + " < " + minFillRate);
    }
    if (card.invoiceAccuracy() != null && card.invoiceAccuracy().compareTo(minInvoiceAccuracy) < 0) {
      reasons.add("invoice accuracy " + card.invoiceAccuracy() + " < " + minInvoiceAccuracy);
    }
    return reasons;
  }

  private static void rate(List<RejectedDocumentException.LineError> bad, String field, BigDecimal value) {
    if (value == null || value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
      bad.add(new RejectedDocumentException.LineError(0, field, "a rate from 0 to 1"));
    }
  }
}
