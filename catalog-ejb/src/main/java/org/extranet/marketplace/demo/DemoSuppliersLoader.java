// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.demo;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.extranet.marketplace.demo.DemoSupplier.Standing;
import org.extranet.marketplace.organization.OrganizationKind;
import org.extranet.marketplace.organization.OrganizationRegistration;
import org.extranet.marketplace.organization.OrganizationRepository;
import org.extranet.marketplace.organization.RegisterOrganization;
import org.extranet.marketplace.supplier.ApplicationStatus;
import org.extranet.marketplace.supplier.ApplyForMembership;
import org.extranet.marketplace.supplier.ChecklistItem;
import org.extranet.marketplace.supplier.ManageMembership;
import org.extranet.marketplace.supplier.SupplierDirectory;
import org.extranet.marketplace.supplier.SupplierRepository;
import org.extranet.marketplace.supplier.VetApplication;
import org.extranet.marketplace.supplier.Views.ApplicationView;

/**
 * Takes one demo supplier through the real onboarding use cases, as the operator: register, apply (keyed
 * in on the company's behalf), work the checklist, approve with its tier, suspend where the demo says so.
 * Skips whatever already happened, so loading twice changes nothing.
 */
@Stateless
public class DemoSuppliersLoader {

  @Inject OrganizationRepository organizations;
  @Inject RegisterOrganization registerOrganization;
  @Inject SupplierRepository suppliers;
  @Inject SupplierDirectory directory;
  @Inject ApplyForMembership applyForMembership;
  @Inject VetApplication vetApplication;
  @Inject ManageMembership manageMembership;

  public void load(DemoSupplier supplier) {
    if (organizations.find(supplier.id()).isEmpty()) {
      registerOrganization.register(new OrganizationRegistration(
          supplier.id(), supplier.company().companyName(), OrganizationKind.SUPPLIER, supplier.domain()));
    }
    if (suppliers.membership(supplier.id()).isPresent()) {
      return;
    }
    ApplicationView application = directory.applications(ApplicationStatus.SUBMITTED).stream()
        .filter(a -> a.organizationId().equals(supplier.id()))
        .findFirst()
        .orElseGet(() -> applyForMembership.apply(supplier.id(), supplier.company()));
    if (supplier.standing() == Standing.SUBMITTED) {
      return;
    }
    for (ChecklistItem item : ChecklistItem.values()) {
      vetApplication.record(application.id(), item, true, "checked for the demo network");
    }
    vetApplication.approve(application.id(), supplier.tier());
    if (supplier.standing() == Standing.SUSPENDED) {
      manageMembership.suspend(supplier.id(), "unresolved quality complaints from three buyers");
    }
  }
}
