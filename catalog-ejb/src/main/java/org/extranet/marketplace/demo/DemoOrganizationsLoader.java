// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.demo;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.extranet.marketplace.organization.AddMember;
import org.extranet.marketplace.organization.NewMember;
import org.extranet.marketplace.organization.OrganizationRegistration;
import org.extranet.marketplace.organization.OrganizationRepository;
import org.extranet.marketplace.organization.RegisterOrganization;

/** Registers one demo company and its people through the organization use cases. */
@Stateless
public class DemoOrganizationsLoader {

  @Inject RegisterOrganization registerOrganization;
  @Inject AddMember addMember;
  @Inject OrganizationRepository organizations;

  public void load(DemoCompany company) {
    if (organizations.find(company.id()).isEmpty()) {
      registerOrganization.register(
          new OrganizationRegistration(company.id(), company.name(), company.kind(), company.emailDomain()));
    }
    for (DemoPerson person : company.people()) {
      if (organizations.memberByEmail(person.email()).isEmpty()) {
        addMember.add(company.id(), new NewMember(person.email(), person.displayName(), person.roles(), person.spendingLimit()));
      }
    }
  }
}
