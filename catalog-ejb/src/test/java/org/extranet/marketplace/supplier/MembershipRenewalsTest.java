// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The nightly pass, run as of a chosen day through the injected clock. */
class MembershipRenewalsTest {

  private final List<String> audited = new ArrayList<>();

  private MembershipRenewals renewalsOn(String day, List<Membership> memberships) {
    MembershipRenewals renewals = new MembershipRenewals();
    renewals.clock = Clock.fixed(Instant.parse(day + "T01:15:00Z"), ZoneOffset.UTC);
    renewals.suppliers = new SupplierRepository() {
      @Override
      public List<Membership> unlapsedMemberships() {
        return memberships.stream().filter(m -> m.status() != MembershipStatus.LAPSED).toList();
      }
    };
    renewals.audit = new AuditTrail() {
      @Override
      void record(String organizationId, Long applicationId, SupplierDecision.Action action, String detail) {
        audited.add(organizationId + " " + action);
      }
    };
    return renewals;
  }

  @Test
  void lapsesWhatEndedAndRemindsWhatEndsWithinThirtyDaysOnce() throws Exception {
    Membership ended = new Membership("ended", MembershipTest.standard(), LocalDate.of(2025, 6, 1));
    Membership endingSoon = new Membership("ending-soon", MembershipTest.standard(), LocalDate.of(2025, 7, 1));
    Membership suspendedEnded = new Membership("suspended", MembershipTest.standard(), LocalDate.of(2025, 5, 1));
    suspendedEnded.suspend("quality complaints");
    Membership fresh = new Membership("fresh", MembershipTest.standard(), LocalDate.of(2026, 1, 1));
    List<Membership> all = List.of(ended, endingSoon, suspendedEnded, fresh);

    MembershipRenewals.Outcome first = renewalsOn("2026-06-05", all).run();

    assertEquals(new MembershipRenewals.Outcome(2, 1), first);
    assertEquals(MembershipStatus.LAPSED, ended.status());
    assertEquals(MembershipStatus.LAPSED, suspendedEnded.status());
    assertEquals(MembershipStatus.ACTIVE, endingSoon.status());
    assertEquals(Instant.parse("2026-06-05T01:15:00Z"), endingSoon.remindedAt());
    assertEquals(List.of("ended LAPSED", "ending-soon REMINDED", "suspended LAPSED"), audited);

    assertEquals(new MembershipRenewals.Outcome(0, 0), renewalsOn("2026-06-06", all).run(), "the next night has nothing to do");
    assertEquals(new MembershipRenewals.Outcome(1, 0), renewalsOn("2026-07-01", all).run(), "the reminded one lapses after its last day");
  }
}
