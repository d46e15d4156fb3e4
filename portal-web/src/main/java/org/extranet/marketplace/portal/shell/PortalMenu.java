// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.portal.shell;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.extranet.marketplace.organization.MemberRole;

/**
 * The menu a person gets: one section per marketplace role they hold, in a fixed order. The menu is
 * only navigation; every use case checks the caller's roles again in the business tier.
 */
public final class PortalMenu {

  private static final Map<MemberRole, String[]> SECTIONS = Map.of(
      MemberRole.BUYER, new String[] {"Buying", "pi pi-shopping-bag"},
      MemberRole.APPROVER, new String[] {"Approving", "pi pi-check-circle"},
      MemberRole.SUPPLIER, new String[] {"Selling", "pi pi-box"},
      MemberRole.OPERATOR, new String[] {"Operating", "pi pi-cog"},
      MemberRole.PARTNER_INTEGRATION, new String[] {"Integration", "pi pi-sitemap"});

  private PortalMenu() {}

  public static List<MenuSection> sectionsFor(Set<MemberRole> roles) {
    return Arrays.stream(MemberRole.values())
        .filter(roles::contains)
        .map(role -> new MenuSection(
            role,
            SECTIONS.get(role)[0],
            SECTIONS.get(role)[1],
            Arrays.stream(Feature.values()).filter(f -> f.getRole() == role).toList()))
        .toList();
  }
}
