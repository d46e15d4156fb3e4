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
import org.extranet.marketplace.shared.InvalidInputException;
import org.extranet.marketplace.shared.NotFoundException;
import org.extranet.marketplace.supplier.Views.MembershipView;

/** The operator suspends a supplier (effective at once: its listings disappear) or reinstates it. */
@Stateless
public class ManageMembership {

  @Inject Caller caller;
  @Inject Clock clock;
  @Inject Tenancy tenancy;
  @Inject SupplierRepository suppliers;
  @Inject AuditTrail audit;

  public MembershipView suspend(String supplierId, String reason) {
    caller.require(MemberRole.OPERATOR);
    Membership membership = membership(supplierId);
    membership.suspend(reason);
    audit.record(supplierId, null, SupplierDecision.Action.SUSPENDED, reason);
    suppliers.flush();
    return MembershipView.of(membership);
  }

  public MembershipView reinstate(String supplierId) {
    caller.require(MemberRole.OPERATOR);
    Membership membership = membership(supplierId);
    membership.reinstate(LocalDate.now(clock.withZone(ZoneOffset.UTC)));
    audit.record(supplierId, null, SupplierDecision.Action.REINSTATED, null);
    suppliers.flush();
    return MembershipView.of(membership);
  }

  /**
   * Renews a membership for a year once its fee is paid (operator), at {@code tierCode} or the current tier:
   * a LAPSED supplier's listings come back at once.
   */
  public MembershipView renew(String supplierId, String tierCode) {
    caller.require(MemberRole.OPERATOR);
    Membership membership = membership(supplierId);
    MembershipTier tier = tierCode == null || tierCode.isBlank() ? membership.tier()
        : suppliers.tier(tierCode.strip()).orElseThrow(() -> InvalidInputException.of("tier", "no such membership tier"));
    membership.renew(LocalDate.now(clock.withZone(ZoneOffset.UTC)), tier);
    audit.record(supplierId, null, SupplierDecision.Action.RENEWED,
        tier.code() + " " + membership.periodStart() + " – " + membership.periodEnd() + ", fee " + membership.annualFee());
    suppliers.flush();
    return MembershipView.of(membership);
  }

  private Membership membership(String supplierId) {
    return tenancy.visible(
        suppliers.membership(supplierId).orElseThrow(() -> new NotFoundException("Supplier", supplierId)), supplierId);
  }
}
