// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.supplier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.extranet.marketplace.shared.Money;

/** Read models of the supplier network, safe to hand to any boundary. */
public final class Views {

  private Views() {}

  /** A membership tier; {@code listingLimit} null means unlimited. */
  public record TierView(String code, String name, Money annualFee, Integer listingLimit) {
    static TierView of(MembershipTier tier) {
      return new TierView(tier.code(), tier.name(), tier.annualFee(),
          tier.listingLimit().isPresent() ? tier.listingLimit().getAsInt() : null);
    }
  }

  /** One checklist item as it stands; {@code passed} null while not yet recorded. */
  public record ChecklistView(ChecklistItem item, Boolean passed, String note, String recordedBy, Instant recordedAt) {}

  /** An application with its checklist, every item listed whether recorded or not. */
  public record ApplicationView(
      Long id, String organizationId, CompanyDetails company, ApplicationStatus status, List<ChecklistView> checklist,
      Instant submittedAt, Instant decidedAt, String decidedBy, String decisionReason) {

    static ApplicationView of(SupplierApplication application) {
      List<ChecklistView> checklist = Arrays.stream(ChecklistItem.values())
          .map(item -> application.entry(item)
              .map(e -> new ChecklistView(item, e.passed(), e.note(), e.recordedBy(), e.recordedAt()))
              .orElse(new ChecklistView(item, null, null, null, null)))
          .toList();
      return new ApplicationView(application.id(), application.organizationId(), application.company(), application.status(),
          checklist, application.submittedAt(), application.decidedAt(), application.decidedBy(), application.decisionReason());
    }
  }

  /** A supplier's membership. */
  public record MembershipView(
      String organizationId, String tier, MembershipStatus status, LocalDate periodStart, LocalDate periodEnd,
      Money annualFee, Integer listingLimit, String suspensionReason) {

    static MembershipView of(Membership membership) {
      return new MembershipView(membership.organizationId(), membership.tier().code(), membership.status(),
          membership.periodStart(), membership.periodEnd(), membership.annualFee(),
          TierView.of(membership.tier()).listingLimit(), membership.suspensionReason());
    }
  }

  /** A supplier's membership with the supplier's name, as the operator's list shows it. */
  public record MemberView(String name, MembershipView membership) {}

  /** A supplier as the network lists it; {@code tier} null for an APPLICANT. */
  public record SupplierView(String id, String name, SupplierStatus status, String tier) {}
}
