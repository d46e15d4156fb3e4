// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.supplier;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.logging.Logger;

/**
 * Every night: reminds members whose period ends within {@value Membership#REMINDER_DAYS} days (a REMINDED
 * entry in the audit trail and the membership's reminded-at; nobody is e-mailed yet) and lapses memberships
 * whose period is over (a lapsed supplier's listings disappear like a suspended one's). Time comes from the
 * injected {@link Clock}, so a test or the demo history can run it as of any day.
 */
@Singleton
public class MembershipRenewals {

  private static final Logger LOG = Logger.getLogger(MembershipRenewals.class.getName());

  /** What one pass did. */
  public record Outcome(int lapsed, int reminded) {}

  @Inject Clock clock;
  @Inject SupplierRepository suppliers;
  @Inject AuditTrail audit;

  // Not persistent (no timer store needed): a missed night is caught up by the next pass, as lapsing and
  // reminding are idempotent. With several instances each runs it; the losers of a race fail on @Version.
  @Schedule(hour = "1", minute = "15", persistent = false)
  void nightly() {
    run();
  }

  /** One pass as of the clock's today (UTC). */
  public Outcome run() {
    LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    int lapsed = 0;
    int reminded = 0;
    for (Membership membership : suppliers.unlapsedMemberships()) {
      if (membership.lapseIfOver(today)) {
        audit.record(membership.organizationId(), null, SupplierDecision.Action.LAPSED, "period ended " + membership.periodEnd());
        lapsed++;
      } else if (membership.remindIfDue(today, clock.instant())) {
        audit.record(membership.organizationId(), null, SupplierDecision.Action.REMINDED, "period ends " + membership.periodEnd());
        reminded++;
      }
    }
    Outcome outcome = new Outcome(lapsed, reminded);
    LOG.info(() -> "Membership renewals on " + today + ": " + outcome);
    return outcome;
  }
}
