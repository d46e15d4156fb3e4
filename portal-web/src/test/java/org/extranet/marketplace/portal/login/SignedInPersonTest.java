// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.portal.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.security.enterprise.identitystore.openid.Claims;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.extranet.marketplace.organization.MemberRole;
import org.junit.jupiter.api.Test;

class SignedInPersonTest {

  @Test
  void readsOrganizationEmailAndMarketplaceRolesFromTheIdToken() {
    SignedInPerson person = SignedInPerson.from(claims(Map.of(
        "org_id", "6f1c0a00-0000-4000-8000-000000000002",
        "email", "gina@globex.example",
        "groups", List.of("default-roles-marketplace", "offline_access", "buyer", "approver"))));

    assertTrue(person.hasOrganization());
    assertEquals(Optional.of("6f1c0a00-0000-4000-8000-000000000002"), person.organizationId());
    assertEquals(Optional.of("gina@globex.example"), person.email());
    assertEquals(EnumSet.of(MemberRole.BUYER, MemberRole.APPROVER), person.roles());
  }

  @Test
  void anAccountWithoutOrganizationIsRecognisedAsSuch() {
    SignedInPerson person = SignedInPerson.from(claims(Map.of("email", "drifter@example.org", "org_id", "  ")));

    assertFalse(person.hasOrganization());
    assertEquals(Optional.empty(), person.organizationId());
    assertTrue(person.roles().isEmpty());
  }

  @Test
  void fallsBackToUserInfoClaimsAndSkipsMissingSources() {
    SignedInPerson person = SignedInPerson.from(
        null,
        claims(Map.of("email", "alice@acme.example")),
        claims(Map.of("org_id", "6f1c0a00-0000-4000-8000-000000000003", "email", "other@acme.example",
            "groups", List.of("buyer"))));

    assertEquals(Optional.of("6f1c0a00-0000-4000-8000-000000000003"), person.organizationId());
    assertEquals(Optional.of("alice@acme.example"), person.email());
    assertEquals(EnumSet.of(MemberRole.BUYER), person.roles());
  }

  /** Claims backed by a map, as the OpenID mechanism would hand them over. */
  private static Claims claims(Map<String, Object> values) {
    return new Claims() {
      @Override
      public Optional<String> getStringClaim(String name) {
        return Optional.ofNullable(values.get(name)).map(String::valueOf);
      }

      @Override
      @SuppressWarnings("unchecked")
      public List<String> getArrayStringClaim(String name) {
        Object value = values.get(name);
        return value instanceof List<?> list ? (List<String>) list : value == null ? List.of() : List.of(String.valueOf(value));
      }

      @Override
      public Optional<Instant> getNumericDateClaim(String name) {
        return Optional.empty();
      }

      @Override
      public OptionalInt getIntClaim(String name) {
        return OptionalInt.empty();
      }

      @Override
      public OptionalLong getLongClaim(String name) {
        return OptionalLong.empty();
      }

      @Override
      public OptionalDouble getDoubleClaim(String name) {
        return OptionalDouble.empty();
      }

      @Override
      public Optional<Claims> getNested(String name) {
        return Optional.empty();
      }
    };
  }
}
