// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.portal.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.extranet.marketplace.organization.MemberRole;
import org.junit.jupiter.api.Test;

class PortalMenuTest {

  @Test
  void aBuyerGetsCatalogCartAndOrdersOnly() {
    List<MenuSection> sections = PortalMenu.sectionsFor(EnumSet.of(MemberRole.BUYER));

    assertEquals(List.of("Buying"), labels(sections));
    assertEquals(List.of("Catalog", "Cart", "My orders", "My software", "Invoices", "Spend and savings"), features(sections.get(0)));
  }

  @Test
  void eachRoleGetsItsOwnSection() {
    List<MenuSection> sections = PortalMenu.sectionsFor(EnumSet.allOf(MemberRole.class));

    assertEquals(List.of("Operating", "Buying", "Approving", "Selling", "Integration"), labels(sections));
    assertEquals(List.of("Vetting queue", "Suppliers", "Metrics"), features(sections.get(0)));
    assertEquals(List.of("Approvals"), features(sections.get(2)));
    assertEquals(List.of("My listings", "Import listings", "Contract prices", "Purchase orders", "Invoices", "Customers and scorecard", "Membership", "Apply to join"), features(sections.get(3)));
    assertEquals(List.of("Messages"), features(sections.get(4)));
  }

  @Test
  void noRoleNoMenu() {
    assertTrue(PortalMenu.sectionsFor(Set.of()).isEmpty());
  }

  @Test
  void featuresNotBuiltYetLeadToTheComingSoonPage() {
    for (Feature feature : Feature.values()) {
      if (!feature.isBuilt()) {
        assertEquals(Feature.COMING_SOON, feature.getViewId(), feature.name());
      }
      assertEquals(feature, Feature.bySlug(feature.getSlug()).orElseThrow());
    }
  }

  private static List<String> labels(List<MenuSection> sections) {
    return sections.stream().map(MenuSection::getLabel).toList();
  }

  private static List<String> features(MenuSection section) {
    return section.getFeatures().stream().map(Feature::getLabel).toList();
  }
}
