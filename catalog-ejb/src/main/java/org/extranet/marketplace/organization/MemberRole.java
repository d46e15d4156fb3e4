// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.organization;

import java.util.Arrays;
import java.util.Optional;

/** The realm roles of the `marketplace` Keycloak realm, as the business knows them. */
public enum MemberRole {
  OPERATOR("operator"),
  BUYER("buyer"),
  APPROVER("approver"),
  SUPPLIER("supplier"),
  PARTNER_INTEGRATION("partner-integration");

  private final String realmName;

  MemberRole(String realmName) {
    this.realmName = realmName;
  }

  /** The role's name in the realm and in tokens' `groups` claim. */
  public String realmName() {
    return realmName;
  }

  public static Optional<MemberRole> fromRealmName(String name) {
    return Arrays.stream(values()).filter(r -> r.realmName.equals(name)).findFirst();
  }
}
