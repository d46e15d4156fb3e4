// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.portal.login;

import jakarta.security.enterprise.identitystore.openid.Claims;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.extranet.marketplace.organization.MemberRole;

/**
 * What the OpenID tokens say about the person signed in: the claims the business tier's caller is
 * made of. {@code org_id} is set by the realm (an admin-only user attribute, or the partner IdP's
 * mapper); {@code groups} carries the realm roles, of which only the marketplace's are kept.
 */
public final class SignedInPerson {

  static final String ORGANIZATION_CLAIM = "org_id";
  static final String EMAIL_CLAIM = "email";
  static final String ROLES_CLAIM = "groups";

  private final String organizationId;
  private final String email;
  private final Set<MemberRole> roles;

  private SignedInPerson(String organizationId, String email, Set<MemberRole> roles) {
    this.organizationId = organizationId;
    this.email = email;
    this.roles = roles;
  }

  /**
   * Reads the claims from the first source that has each one: pass the verified ID token's claims
   * first, the user-info claims after them. Null sources are skipped.
   */
  public static SignedInPerson from(Claims... sources) {
    List<Claims> present = Arrays.stream(sources).filter(Objects::nonNull).toList();
    String organizationId = first(present, c -> c.getStringClaim(ORGANIZATION_CLAIM)).orElse(null);
    String email = first(present, c -> c.getStringClaim(EMAIL_CLAIM)).orElse(null);
    Set<MemberRole> roles = EnumSet.noneOf(MemberRole.class);
    present.stream()
        .map(c -> c.getArrayStringClaim(ROLES_CLAIM))
        .filter(list -> list != null && !list.isEmpty())
        .findFirst()
        .ifPresent(names -> names.stream().map(MemberRole::fromRealmName).flatMap(Optional::stream).forEach(roles::add));
    return new SignedInPerson(organizationId, email, roles);
  }

  private static Optional<String> first(List<Claims> sources, Function<Claims, Optional<String>> claim) {
    return sources.stream()
        .map(claim)
        .flatMap(Optional::stream)
        .map(String::trim)
        .filter(value -> !value.isEmpty())
        .findFirst();
  }

  /** False for an account the realm has not placed in any organization: the portal refuses it. */
  public boolean hasOrganization() {
    return organizationId != null;
  }

  public Optional<String> organizationId() {
    return Optional.ofNullable(organizationId);
  }

  public Optional<String> email() {
    return Optional.ofNullable(email);
  }

  public Set<MemberRole> roles() {
    return roles.isEmpty() ? EnumSet.noneOf(MemberRole.class) : EnumSet.copyOf(roles);
  }
}
