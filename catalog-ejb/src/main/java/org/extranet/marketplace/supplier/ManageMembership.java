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

  private Membership membership(String supplierId) {
    return tenancy.visible(
        suppliers.membership(supplierId).orElseThrow(() -> new NotFoundException("Supplier", supplierId)), supplierId);
  }
}
