// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.partner.rest.organization;

import java.util.List;
import org.extranet.marketplace.organization.MemberProfile;
import org.extranet.marketplace.organization.MemberRole;
import org.extranet.marketplace.partner.rest.MoneyJson;

/** A member of an organization on the wire. */
public record MemberJson(String email, String displayName, List<String> roles, MoneyJson spendingLimit) {

  static MemberJson of(MemberProfile profile) {
    return new MemberJson(
        profile.email(),
        profile.displayName(),
        profile.roles().stream().map(MemberRole::realmName).sorted().toList(),
        MoneyJson.of(profile.spendingLimit()));
  }
}
