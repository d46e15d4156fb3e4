// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.supplier;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.extranet.marketplace.organization.Organization;
import org.extranet.marketplace.organization.OrganizationKind;
import org.extranet.marketplace.organization.OrganizationRepository;
import org.extranet.marketplace.organization.Tenancy;
import org.extranet.marketplace.shared.NotFoundException;
import org.extranet.marketplace.supplier.Views.ApplicationView;
import org.extranet.marketplace.supplier.Views.MembershipView;
import org.extranet.marketplace.supplier.Views.SupplierView;
import org.extranet.marketplace.supplier.Views.TierView;

/**
 * Reads of the supplier network. Everybody sees ACTIVE suppliers; applicants, suspended and lapsed
 * suppliers, and applications only their own organization and operators.
 */
@Stateless
public class SupplierDirectory {

  @Inject Tenancy tenancy;
  @Inject SupplierRepository suppliers;
  @Inject OrganizationRepository organizations;

  public List<TierView> tiers() {
    return suppliers.tiers().stream().map(TierView::of).toList();
  }

  public List<ApplicationView> applications(ApplicationStatus status) {
    return suppliers.applications(tenancy.seesAll() ? null : tenancy.organizationId(), status).stream()
        .map(ApplicationView::of)
        .toList();
  }

  public ApplicationView application(Long id) {
    return ApplicationView.of(tenancy.find(SupplierApplication.class, id));
  }

  /** The network's members: ACTIVE suppliers only, by name. */
  public List<SupplierView> activeSuppliers() {
    return suppliers.memberships(MembershipStatus.ACTIVE).stream()
        .map(this::view)
        .sorted(Comparator.comparing(SupplierView::name))
        .toList();
  }

  /** Every membership whatever its status, for the operator's suppliers page. */
  public List<MembershipView> memberships() {
    return suppliers.allMemberships().stream()
        .filter(tenancy::canSee)
        .map(MembershipView::of)
        .toList();
  }

  /** The organization's name, for pages that list memberships. */
  public String name(String organizationId) {
    return organizations.find(organizationId).map(Organization::name).orElse(organizationId);
  }

  /**
   * One supplier: any ACTIVE one; an applicant (a supplier organization without a membership) or a
   * suspended or lapsed member only to itself and operators.
   */
  public SupplierView supplier(String id) {
    Optional<Membership> membership = suppliers.membership(id);
    if (membership.isPresent() && membership.get().isActive()) {
      return view(membership.get());
    }
    // One message for "no such supplier" and "not yours to see", so ids cannot be probed.
    Organization organization = organizations.find(id)
        .filter(o -> o.kind() == OrganizationKind.SUPPLIER && tenancy.canSee(o))
        .orElseThrow(() -> new NotFoundException("Supplier", id));
    return membership.map(this::view)
        .orElseGet(() -> new SupplierView(id, organization.name(), SupplierStatus.APPLICANT, null));
  }

  /** The caller's own membership (a supplier's membership page). */
  public MembershipView myMembership() {
    return suppliers.membership(tenancy.organizationId()).map(MembershipView::of)
        .orElseThrow(() -> new NotFoundException("Membership of", tenancy.organizationId()));
  }

  private SupplierView view(Membership membership) {
    String name = name(membership.organizationId());
    return new SupplierView(membership.organizationId(), name, SupplierStatus.of(membership.status()), membership.tier().code());
  }
}
