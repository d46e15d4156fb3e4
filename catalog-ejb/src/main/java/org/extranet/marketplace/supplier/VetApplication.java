// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.supplier;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.extranet.marketplace.organization.Caller;
import org.extranet.marketplace.organization.MemberRole;
import org.extranet.marketplace.organization.Tenancy;
import org.extranet.marketplace.shared.ConflictException;
import org.extranet.marketplace.shared.InvalidInputException;
import org.extranet.marketplace.supplier.Views.ApplicationView;
import org.extranet.marketplace.supplier.Views.MembershipView;

/** The operator works an application: checklist findings, then approval with a tier or rejection. */
@Stateless
public class VetApplication {

  @Inject Caller caller;
  @Inject Clock clock;
  @Inject Tenancy tenancy;
  @Inject SupplierRepository suppliers;
  @Inject AuditTrail audit;

  public ApplicationView record(Long applicationId, ChecklistItem item, boolean passed, String note) {
    caller.require(MemberRole.OPERATOR);
    SupplierApplication application = tenancy.find(SupplierApplication.class, applicationId);
    application.record(item, passed, note, actor(), clock.instant());
    audit.record(application.organizationId(), application.id(), SupplierDecision.Action.CHECKLIST_RECORDED,
        item + (passed ? " passed" : " failed") + (note == null ? "" : ": " + note));
    suppliers.flush();
    return ApplicationView.of(application);
  }

  /** Approves and starts a year's membership at the tier's fee; 409 while the checklist is incomplete. */
  public MembershipView approve(Long applicationId, String tierCode) {
    caller.require(MemberRole.OPERATOR);
    MembershipTier tier = suppliers.tier(tierCode)
        .orElseThrow(() -> InvalidInputException.of("tier", "must be one of " + suppliers.tiers().stream().map(MembershipTier::code).toList()));
    SupplierApplication application = tenancy.find(SupplierApplication.class, applicationId);
    application.approve(actor(), clock.instant());
    if (suppliers.membership(application.organizationId()).isPresent()) {
      throw new ConflictException("organization " + application.organizationId() + " already has a membership");
    }
    Membership membership = new Membership(application.organizationId(), tier, LocalDate.now(clock.withZone(ZoneOffset.UTC)));
    suppliers.store(membership);
    audit.record(application.organizationId(), application.id(), SupplierDecision.Action.APPROVED,
        "tier " + tier.code() + ", fee " + tier.annualFee() + ", " + membership.periodStart() + " to " + membership.periodEnd());
    suppliers.flush();
    return MembershipView.of(membership);
  }

  public ApplicationView reject(Long applicationId, String reason) {
    caller.require(MemberRole.OPERATOR);
    SupplierApplication application = tenancy.find(SupplierApplication.class, applicationId);
    application.reject(actor(), clock.instant(), reason);
    audit.record(application.organizationId(), application.id(), SupplierDecision.Action.REJECTED, reason);
    suppliers.flush();
    return ApplicationView.of(application);
  }

  private String actor() {
    return caller.email().orElse(caller.organizationId());
  }
}
