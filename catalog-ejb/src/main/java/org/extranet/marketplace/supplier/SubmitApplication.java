// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.supplier;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import org.extranet.marketplace.organization.Caller;
import org.extranet.marketplace.organization.MemberRole;
import org.extranet.marketplace.organization.Tenancy;
import org.extranet.marketplace.supplier.Views.ApplicationView;

/**
 * The applicant (or the operator for them) completes a DRAFT application step by step, then submits it
 * to the operator's vetting queue. Another organization's application answers 404.
 */
@Stateless
public class SubmitApplication {

  @Inject Caller caller;
  @Inject Clock clock;
  @Inject Tenancy tenancy;
  @Inject SupplierRepository suppliers;
  @Inject AuditTrail audit;

  /** Replaces the draft's details with what the applicant has filled in so far. */
  public ApplicationView revise(Long applicationId, CompanyDetails draft) {
    SupplierApplication application = draft(applicationId);
    application.revise(draft);
    return saved(application, SupplierDecision.Action.DRAFT_REVISED);
  }

  /** 400 naming every field still missing; 409 unless the application is a DRAFT. */
  public ApplicationView submit(Long applicationId) {
    SupplierApplication application = draft(applicationId);
    application.submit(clock.instant());
    return saved(application, SupplierDecision.Action.APPLIED);
  }

  private SupplierApplication draft(Long applicationId) {
    caller.require(MemberRole.SUPPLIER, MemberRole.OPERATOR);
    return tenancy.find(SupplierApplication.class, applicationId);
  }

  private ApplicationView saved(SupplierApplication application, SupplierDecision.Action action) {
    audit.record(application.organizationId(), application.id(), action, application.company().companyName());
    suppliers.flush();
    return ApplicationView.of(application);
  }
}
