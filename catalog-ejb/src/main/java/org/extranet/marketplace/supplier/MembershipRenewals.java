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
 * Every night: reminds members whose period ends within {@value Membership#REMINDER_DAYS} days and lapses
 * memberships whose period is over (a lapsed supplier's listings disappear like a suspended one's).
 */
@Singleton
public class MembershipRenewals {

  private static final Logger LOG = Logger.getLogger(MembershipRenewals.class.getName());

  @Inject Clock clock;
  @Inject SupplierRepository suppliers;
  @Inject AuditTrail audit;

  @Schedule(hour = "1", minute = "15", persistent = false)
  void nightly() {
    run();
  }

  /** One pass as of today; returns how many memberships lapsed. */
  public int run() {
    LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    int lapsed = 0;
    for (Membership membership : suppliers.unlapsedMemberships()) {
      if (membership.lapseIfOver(today)) {
        audit.record(membership.organizationId(), null, SupplierDecision.Action.LAPSED, "period ended " + membership.periodEnd());
        lapsed++;
      } else if (membership.remindIfDue(today, clock.instant())) {
        audit.record(membership.organizationId(), null, SupplierDecision.Action.REMINDED, "period ends " + membership.periodEnd());
      }
    }
    int count = lapsed;
    LOG.info(() -> "Membership renewals on " + today + ": " + count + " lapsed");
    return lapsed;
  }
}
