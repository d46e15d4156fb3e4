// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.metrics.scorecard;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.extranet.marketplace.organization.Caller;
import org.extranet.marketplace.organization.MemberRole;
import org.extranet.marketplace.supplier.SupplierReviews;

/**
 * The operator's scorecard thresholds (GET/PUT /metrics/scorecard-thresholds) and the review that holds every
 * ACTIVE supplier's scorecard against them: each breaching supplier gets a re-review in the vetting queue
 * (one open at a time). Runs when the thresholds are saved, when the operator asks, and every night.
 */
@Stateless
public class ScorecardReview {

  /** A supplier put into the queue, and why. */
  public record Opened(String supplierId, Long reviewId, List<String> reasons) {}

  @Inject Caller caller;
  @Inject Clock clock;
  @Inject SupplierScorecards scorecards;
  @Inject SupplierReviews reviews;
  @PersistenceContext EntityManager em;

  public ScorecardThresholds thresholds() {
    List<?> rows = em.createNativeQuery("SELECT max_ack_hours, min_on_time_rate, max_delivery_failure_rate, min_fill_rate,"
        + " min_invoice_accuracy, minimum_shipments FROM scorecard_threshold ORDER BY id DESC LIMIT 1").getResultList();
    if (rows.isEmpty()) {
      return ScorecardThresholds.DEFAULT;
    }
    Object[] r = (Object[]) rows.get(0);
    return new ScorecardThresholds(decimal(r[0]), decimal(r[1]), decimal(r[2]), decimal(r[3]), decimal(r[4]),
        ((Number) r[5]).intValue());
  }

  /** Saves new thresholds (operator; a bad figure was refused when they were built) and reviews at once. */
  public List<Opened> replace(ScorecardThresholds thresholds) {
    caller.require(MemberRole.OPERATOR);
    em.createNativeQuery("INSERT INTO scorecard_threshold (max_ack_hours, min_on_time_rate, max_delivery_failure_rate,"
            + " min_fill_rate, min_invoice_accuracy, minimum_shipments, saved_at, saved_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        .setParameter(1, thresholds.maxAckHours()).setParameter(2, thresholds.minOnTimeRate())
        .setParameter(3, thresholds.maxDeliveryFailureRate()).setParameter(4, thresholds.minFillRate())
        .setParameter(5, thresholds.minInvoiceAccuracy()).setParameter(6, thresholds.minimumShipments())
        .setParameter(7, java.sql.Timestamp.from(clock.instant()))
        .setParameter(8, caller.email().orElse(caller.organizationId()))
        .executeUpdate();
    return reviewAll();
  }

  /** The operator's review now: see {@link #reviewAll()}. */
  public List<Opened> review() {
    caller.require(MemberRole.OPERATOR);
    return reviewAll();
  }

  /** Holds every ACTIVE supplier's scorecard against the thresholds in force; returns the re-reviews it opened. */
  public List<Opened> reviewAll() {
    ScorecardThresholds thresholds = thresholds();
    List<Opened> opened = new ArrayList<>();
    for (Scorecard card : scorecards.all()) {
      List<String> reasons = thresholds.breaches(card);
      if (!reasons.isEmpty()) {
        reviews.open(card.supplierId(), String.join("; ", reasons))
            .ifPresent(id -> opened.add(new Opened(card.supplierId(), id, reasons)));
      }
    }
    return opened;
  }

  private static BigDecimal decimal(Object value) {
    return new BigDecimal(String.valueOf(value));
  }
}
