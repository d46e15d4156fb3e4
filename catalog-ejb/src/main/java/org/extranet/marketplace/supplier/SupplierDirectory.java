// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.supplier;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.extranet.marketplace.organization.Organization;
import org.extranet.marketplace.organization.OrganizationKind;
import org.extranet.marketplace.organization.OrganizationRepository;
import org.extranet.marketplace.organization.Tenancy;
import org.extranet.marketplace.shared.NotFoundException;
import org.extranet.marketplace.supplier.Views.ApplicationView;
import org.extranet.marketplace.supplier.Views.MemberView;
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
    List<Membership> active = suppliers.memberships(MembershipStatus.ACTIVE);
    Map<String, String> names = names(active);
    return active.stream()
        .map(m -> view(m, names.getOrDefault(m.organizationId(), m.organizationId())))
        .sorted(Comparator.comparing(SupplierView::name))
        .toList();
  }

  /** Every membership the caller may see (operators: all) whatever its status, with the supplier's name. */
  public List<MemberView> memberships() {
    List<Membership> visible = suppliers.allMemberships().stream().filter(tenancy::canSee).toList();
    Map<String, String> names = names(visible);
    return visible.stream()
        .map(m -> new MemberView(names.getOrDefault(m.organizationId(), m.organizationId()), MembershipView.of(m)))
        .toList();
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
    return membership.map(m -> view(m, organization.name()))
        .orElseGet(() -> new SupplierView(id, organization.name(), SupplierStatus.APPLICANT, null));
  }

  /** The caller's own membership (a supplier's membership page). */
  public MembershipView myMembership() {
    return suppliers.membership(tenancy.organizationId()).map(MembershipView::of)
        .orElseThrow(() -> new NotFoundException("Membership of", tenancy.organizationId()));
  }

  private Map<String, String> names(List<Membership> memberships) {
    return organizations.names(memberships.stream().map(Membership::organizationId).toList());
  }

  private SupplierView view(Membership membership) {
    return view(membership, organizations.find(membership.organizationId()).map(Organization::name).orElse(membership.organizationId()));
  }

  private static SupplierView view(Membership membership, String name) {
    return new SupplierView(membership.organizationId(), name, SupplierStatus.of(membership.status()), membership.tier().code());
  }
}
