// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.supplier;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import org.extranet.marketplace.organization.Caller;
import org.extranet.marketplace.organization.MemberRole;
import org.extranet.marketplace.organization.Organization;
import org.extranet.marketplace.organization.OrganizationKind;
import org.extranet.marketplace.organization.OrganizationRegistration;
import org.extranet.marketplace.organization.OrganizationRepository;
import org.extranet.marketplace.organization.RegisterOrganization;
import org.extranet.marketplace.shared.ConflictException;
import org.extranet.marketplace.supplier.Views.ApplicationView;

/**
 * A supplier company applies to join the network. A supplier user applies for their own organization
 * (the token's org_id), which is registered as a SUPPLIER at this first step if the network does not know
 * it yet: from then on it is an APPLICANT. The operator may key in a paper application for a named
 * organization. One open (DRAFT or SUBMITTED) application per company at a time.
 */
@Stateless
public class ApplyForMembership {

  @Inject Caller caller;
  @Inject Clock clock;
  @Inject SupplierRepository suppliers;
  @Inject OrganizationRepository organizations;
  @Inject RegisterOrganization registerOrganization;
  @Inject AuditTrail audit;

  /**
   * Applies with complete details in one step: the application is SUBMITTED at once.
   * {@code organizationId} is used only when the operator applies on a company's behalf.
   */
  public ApplicationView apply(String organizationId, CompanyDetails company) {
    SupplierApplication application = new SupplierApplication(applicant(organizationId, company).id(), company);
    application.submit(clock.instant());
    return store(application, SupplierDecision.Action.APPLIED);
  }

  /**
   * The first step of a multi-step application: saves what is known so far ({@link CompanyDetails#draft})
   * as a DRAFT; {@link SubmitApplication} completes and submits it.
   */
  public ApplicationView startDraft(String organizationId, CompanyDetails draft) {
    SupplierApplication application = new SupplierApplication(applicant(organizationId, draft).id(), draft);
    return store(application, SupplierDecision.Action.DRAFT_STARTED);
  }

  private Organization applicant(String organizationId, CompanyDetails company) {
    caller.require(MemberRole.SUPPLIER, MemberRole.OPERATOR);
    String applicant = caller.hasRole(MemberRole.OPERATOR) && organizationId != null ? organizationId : caller.organizationId();
    Organization organization = organizations.find(applicant).orElseGet(() -> register(applicant, company));
    if (organization.kind() != OrganizationKind.SUPPLIER) {
      throw new ConflictException(organization.name() + " is a " + organization.kind() + " organization, not a supplier");
    }
    if (suppliers.membership(applicant).isPresent()) {
      throw new ConflictException(organization.name() + " is already a member of the network");
    }
    if (suppliers.hasOpenApplication(applicant)) {
      throw new ConflictException(organization.name() + " already has an application in progress");
    }
    return organization;
  }

  private ApplicationView store(SupplierApplication application, SupplierDecision.Action action) {
    suppliers.store(application);
    suppliers.flush();
    audit.record(application.organizationId(), application.id(), action, application.company().companyName());
    return ApplicationView.of(application);
  }

  private Organization register(String id, CompanyDetails company) {
    registerOrganization.register(new OrganizationRegistration(id, company.companyName(), OrganizationKind.SUPPLIER, null));
    return organizations.find(id).orElseThrow();
  }
}
