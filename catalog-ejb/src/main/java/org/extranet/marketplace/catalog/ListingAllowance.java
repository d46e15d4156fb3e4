// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.OptionalInt;
import org.extranet.marketplace.organization.Caller;
import org.extranet.marketplace.organization.MemberRole;
import org.extranet.marketplace.shared.ConflictException;
import org.extranet.marketplace.supplier.SupplierStanding;

/**
 * Who may list, and how much: member suppliers' people and systems, within their membership tier's listing
 * limit. Applicants cannot list; a suspended member may keep its listings current (nobody sees them).
 */
@ApplicationScoped
public class ListingAllowance {

  @Inject Caller caller;
  @Inject ProductRepository products;
  @Inject SupplierStanding standing;

  /** The calling supplier's organization; 403 for other roles, 409 for a supplier that is not a member. */
  public String requireMemberSupplier() {
    caller.require(MemberRole.SUPPLIER, MemberRole.PARTNER_INTEGRATION);
    String supplierId = caller.organizationId();
    if (!standing.isMember(supplierId)) {
      throw new ConflictException("only member suppliers publish listings; apply to join the network first");
    }
    return supplierId;
  }

  /**
   * 409 unless the supplier's tier leaves room for {@code more} live listings. Locks the membership until the
   * transaction ends, so concurrent publications of one supplier cannot both take the last free place.
   */
  public void requireRoomFor(String supplierId, int more) {
    OptionalInt limit = standing.listingLimitLocked(supplierId);
    if (limit.isEmpty() || more <= 0) {
      return;
    }
    long live = products.countLive(supplierId);
    if (live + more > limit.getAsInt()) {
      throw new ConflictException("your membership tier allows " + limit.getAsInt() + " listings and " + live
          + " are live; this would add " + more + ". Withdraw some or move to a higher tier");
    }
  }
}
