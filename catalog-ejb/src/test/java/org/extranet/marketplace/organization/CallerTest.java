// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.organization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class CallerTest {

  @Test
  void failsClosedWithoutAnOrganization() {
    assertThrows(NotAuthenticatedException.class, () -> new Caller().organizationId());
  }

  @Test
  void cannotBeSwitchedToAnotherOrganizationWithinARequest() {
    Caller caller = new Caller();
    caller.establish("org-a", "gina@globex.example", Set.of(MemberRole.BUYER));
    assertThrows(IllegalStateException.class, () -> caller.establish("org-b", "x@y.example", Set.of(MemberRole.OPERATOR)));
    assertEquals("org-a", caller.organizationId());
    assertTrue(caller.hasRole(MemberRole.BUYER));
  }

  @Test
  void requiresAnyOfTheGivenRoles() {
    Caller caller = new Caller();
    caller.establish("org-a", "sam@northwind.example", Set.of(MemberRole.PARTNER_INTEGRATION));

    caller.require(MemberRole.SUPPLIER, MemberRole.PARTNER_INTEGRATION);
    assertThrows(org.extranet.marketplace.shared.ForbiddenException.class, () -> caller.require(MemberRole.SUPPLIER));
    assertThrows(org.extranet.marketplace.shared.ForbiddenException.class,
        () -> caller.require(MemberRole.OPERATOR, MemberRole.BUYER));
  }

  @Test
  void mapsRealmRoleNames() {
    assertEquals(MemberRole.PARTNER_INTEGRATION, MemberRole.fromRealmName("partner-integration").orElseThrow());
    assertTrue(MemberRole.fromRealmName("offline_access").isEmpty());
  }
}
