// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.partner.rest.organization;

import java.util.List;
import org.extranet.marketplace.organization.MemberProfile;
import org.extranet.marketplace.organization.MemberRole;
import org.extranet.marketplace.partner.rest.MoneyJson;

/** GET /me (API.md "Me"). {@code spendingLimit} is null when the person may order without limit. */
public record MeJson(String email, String displayName, OrganizationJson organization, List<String> roles, MoneyJson spendingLimit) {

  static MeJson of(MemberProfile profile) {
    return new MeJson(
        profile.email(),
        profile.displayName(),
        OrganizationJson.of(profile.organization()),
        profile.roles().stream().map(MemberRole::realmName).sorted().toList(),
        MoneyJson.of(profile.spendingLimit()));
  }
}
