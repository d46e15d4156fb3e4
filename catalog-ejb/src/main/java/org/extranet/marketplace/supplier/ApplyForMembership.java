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
 * it yet. The operator may key in a paper application for a named organization.
 */
@Stateless
public class ApplyForMembership {

  @Inject Caller caller;
  @Inject Clock clock;
  @Inject SupplierRepository suppliers;
  @Inject OrganizationRepository organizations;
  @Inject RegisterOrganization registerOrganization;
  @Inject AuditTrail audit;

  /** {@code organizationId} is used only when the operator applies on a company's behalf. */
  public ApplicationView apply(String organizationId, CompanyDetails company) {
    String applicant = caller.hasRole(MemberRole.OPERATOR) && organizationId != null ? organizationId : caller.organizationId();
    Organization organization = organizations.find(applicant).orElseGet(() -> register(applicant, company));
    if (organization.kind() != OrganizationKind.SUPPLIER) {
      throw new ConflictException(organization.name() + " is a " + organization.kind() + " organization, not a supplier");
    }
    if (suppliers.membership(applicant).isPresent()) {
      throw new ConflictException(organization.name() + " is already a member of the network");
    }
    if (suppliers.hasOpenApplication(applicant)) {
      throw new ConflictException(organization.name() + " already has an application under review");
    }
    SupplierApplication application = new SupplierApplication(applicant, company, clock.instant());
    suppliers.store(application);
    suppliers.flush();
    audit.record(applicant, application.id(), SupplierDecision.Action.APPLIED, company.companyName());
    return ApplicationView.of(application);
  }

  private Organization register(String id, CompanyDetails company) {
    registerOrganization.register(new OrganizationRegistration(id, company.companyName(), OrganizationKind.SUPPLIER, null));
    return organizations.find(id).orElseThrow();
  }
}
