// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.metrics.scorecard;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/** Every night: scorecards against the thresholds, after the day's deliveries. */
@Singleton
@DependsOn("SchemaMigration")
public class NightlyScorecardReview {

  private static final Logger LOG = Logger.getLogger(NightlyScorecardReview.class.getName());
  @Inject ScorecardReview review;

  // Not persistent: a missed night is caught up by the next; opening is idempotent (one open re-review per supplier).
  @Schedule(hour = "2", minute = "30", persistent = false)
  void nightly() {
    int opened = review.reviewAll().size();
    LOG.info(() -> "Nightly scorecard review opened " + opened + " re-review(s)");
  }
}
