// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.partner.rest.organization;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.extranet.marketplace.organization.MemberRole;
import org.extranet.marketplace.organization.NewMember;
import org.extranet.marketplace.partner.rest.MoneyJson;
import org.extranet.marketplace.shared.InvalidInputException;

/** POST /organizations/{id}/members; the business tier (AddMember) checks the fields. */
public record AddMemberRequest(
    String email, String displayName, List<String> roles, MoneyJson spendingLimit) {

  NewMember toNewMember() {
    return new NewMember(email, displayName, roles(roles), spendingLimit == null ? null : spendingLimit.toMoney("spendingLimit"));
  }

  private static Set<MemberRole> roles(List<String> names) {
    if (names == null) {
      return Set.of();
    }
    return names.stream()
        .map(name -> MemberRole.fromRealmName(name)
            .orElseThrow(() -> InvalidInputException.of("roles", "unknown role '" + name + "'")))
        .collect(Collectors.toSet());
  }
}
