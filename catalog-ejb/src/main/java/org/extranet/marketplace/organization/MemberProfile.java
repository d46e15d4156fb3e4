// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.organization;

import java.util.Set;
import org.extranet.marketplace.shared.Money;

/** Read model of a person in their organization; {@code spendingLimit} null means no limit. */
public record MemberProfile(
    String email, String displayName, OrganizationView organization, Set<MemberRole> roles, Money spendingLimit) {

  static MemberProfile of(Member member) {
    return new MemberProfile(
        member.email(),
        member.displayName(),
        member.organization().view(),
        member.roles(),
        member.spendingLimit().orElse(null));
  }
}
