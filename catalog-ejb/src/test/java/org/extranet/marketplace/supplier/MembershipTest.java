// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import org.extranet.marketplace.shared.ConflictException;
import org.extranet.marketplace.shared.InvalidInputException;
import org.extranet.marketplace.shared.Money;
import org.junit.jupiter.api.Test;

class MembershipTest {

  private static final LocalDate START = LocalDate.of(2026, 1, 1);
  private static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");

  static MembershipTier standard() throws ReflectiveOperationException {
    MembershipTier tier = new MembershipTier();
    set(tier, "code", "STANDARD");
    set(tier, "name", "Standard");
    set(tier, "annualFee", Money.usd("25000.00"));
    set(tier, "listingLimit", 100);
    return tier;
  }

  private static void set(Object target, String field, Object value) throws ReflectiveOperationException {
    Field f = target.getClass().getDeclaredField(field);
    f.setAccessible(true);
    f.set(target, value);
  }

  @Test
  void aYearAtTheTiersFee() throws Exception {
    Membership membership = new Membership("org-1", standard(), START);

    assertEquals(MembershipStatus.ACTIVE, membership.status());
    assertEquals(LocalDate.of(2026, 12, 31), membership.periodEnd());
    assertEquals(Money.usd("25000.00"), membership.annualFee());
  }

  @Test
  void suspendWithReasonThenReinstate() throws Exception {
    Membership membership = new Membership("org-1", standard(), START);

    assertThrows(InvalidInputException.class, () -> membership.suspend(""));
    membership.suspend("quality complaints");
    assertFalse(membership.isActive());
    assertThrows(ConflictException.class, () -> membership.suspend("again"));

    membership.reinstate(LocalDate.of(2026, 6, 1));
    assertTrue(membership.isActive());
    assertThrows(ConflictException.class, () -> membership.reinstate(LocalDate.of(2026, 6, 2)));
  }

  @Test
  void lapsesTheDayAfterThePeriodEndsAndCannotBeReinstated() throws Exception {
    Membership membership = new Membership("org-1", standard(), START);

    assertFalse(membership.lapseIfOver(LocalDate.of(2026, 12, 31)));
    assertTrue(membership.lapseIfOver(LocalDate.of(2027, 1, 1)));
    assertEquals(MembershipStatus.LAPSED, membership.status());
    assertFalse(membership.lapseIfOver(LocalDate.of(2027, 1, 2)), "lapses once");
    assertThrows(ConflictException.class, () -> membership.reinstate(LocalDate.of(2027, 1, 2)));
  }

  @Test
  void remindsOnceFromThirtyDaysBeforeTheEnd() throws Exception {
    Membership membership = new Membership("org-1", standard(), START);

    assertFalse(membership.remindIfDue(LocalDate.of(2026, 11, 30), NOW), "31 days before");
    assertTrue(membership.remindIfDue(LocalDate.of(2026, 12, 1), NOW), "30 days before");
    assertFalse(membership.remindIfDue(LocalDate.of(2026, 12, 2), NOW), "only once");
  }

  static MembershipTier preferred() throws ReflectiveOperationException {
    MembershipTier tier = standard();
    set(tier, "code", "PREFERRED");
    set(tier, "annualFee", Money.usd("50000.00"));
    return tier;
  }

  @Test
  void anActiveMembershipRenewsOnlyNearItsEndAndTheNewYearFollowsWithoutAGap() throws Exception {
    Membership membership = new Membership("org-1", standard(), START); // 2026-01-01 .. 2026-12-31
    org.junit.jupiter.api.Assertions.assertThrows(org.extranet.marketplace.shared.ConflictException.class,
        () -> membership.renew(LocalDate.of(2026, 11, 30), standard()), "more than 30 days before the end");
    membership.remindIfDue(LocalDate.of(2026, 12, 1), NOW);
    membership.renew(LocalDate.of(2026, 12, 1), preferred());
    org.junit.jupiter.api.Assertions.assertEquals(LocalDate.of(2027, 1, 1), membership.periodStart());
    org.junit.jupiter.api.Assertions.assertEquals(LocalDate.of(2027, 12, 31), membership.periodEnd());
    org.junit.jupiter.api.Assertions.assertEquals(Money.usd("50000.00"), membership.annualFee(), "the new tier's fee");
    org.junit.jupiter.api.Assertions.assertNull(membership.remindedAt(), "reminded again next year");
  }

  @Test
  void aLapsedMembershipRenewsFromTodayAndASuspendedOneDoesNot() throws Exception {
    Membership lapsed = new Membership("org-1", standard(), START);
    lapsed.lapseIfOver(LocalDate.of(2027, 2, 1));
    lapsed.renew(LocalDate.of(2027, 2, 10), standard());
    org.junit.jupiter.api.Assertions.assertTrue(lapsed.isActive());
    org.junit.jupiter.api.Assertions.assertEquals(LocalDate.of(2027, 2, 10), lapsed.periodStart());

    Membership suspended = new Membership("org-2", standard(), START);
    suspended.suspend("audit");
    org.junit.jupiter.api.Assertions.assertThrows(org.extranet.marketplace.shared.ConflictException.class,
        () -> suspended.renew(LocalDate.of(2026, 12, 15), standard()));
  }
}
