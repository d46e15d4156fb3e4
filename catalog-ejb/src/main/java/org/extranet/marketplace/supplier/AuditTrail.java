// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import org.extranet.marketplace.organization.Caller;

/** Appends who decided what, in the same transaction as the decision. */
@ApplicationScoped
public class AuditTrail {

  @Inject Caller caller;
  @Inject Clock clock;
  @Inject SupplierRepository suppliers;

  void record(String organizationId, Long applicationId, SupplierDecision.Action action, String detail) {
    String actor = caller.isEstablished() ? caller.email().orElse(caller.organizationId()) : "system";
    suppliers.store(new SupplierDecision(organizationId, applicationId, action, actor, clock.instant(), detail));
  }
}
