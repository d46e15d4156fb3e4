// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The entry barrier, as a question other capabilities ask: is this supplier ACTIVE now? Read straight
 * from the database every time, so a suspension hides a supplier's listings on the next request.
 */
@ApplicationScoped
public class SupplierStanding {

  @Inject SupplierRepository suppliers;

  public boolean isActive(String organizationId) {
    return suppliers.membership(organizationId).map(Membership::isActive).orElse(false);
  }

  /** A member in any standing (ACTIVE, SUSPENDED or LAPSED), as opposed to an applicant or a stranger. */
  public boolean isMember(String organizationId) {
    return suppliers.membership(organizationId).isPresent();
  }

  /**
   * How many listings the supplier's tier allows (empty: unlimited), read under a lock on its membership so
   * that two concurrent publications cannot both take the last free place. Call inside the publishing
   * transaction.
   */
  public OptionalInt listingLimitLocked(String organizationId) {
    return suppliers.lockedMembership(organizationId).map(m -> m.tier().listingLimit()).orElse(OptionalInt.of(0));
  }

  public Set<String> activeSupplierIds() {
    return Set.copyOf(suppliers.memberIds(MembershipStatus.ACTIVE));
  }
}
