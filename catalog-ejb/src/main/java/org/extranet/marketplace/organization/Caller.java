// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.organization;

import jakarta.enterprise.context.RequestScoped;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who is calling, resolved once per request by the boundary that authenticated them (the partner
 * API from the bearer token, the portal from the OpenID Connect login): the `org_id` claim, the
 * e-mail and the realm roles. The business tier trusts nothing else about the caller.
 */
@RequestScoped
public class Caller {

  private String organizationId;
  private String email;
  private Set<MemberRole> roles = EnumSet.noneOf(MemberRole.class);

  /** Called by a boundary right after authentication; once per request. */
  public void establish(String organizationId, String email, Set<MemberRole> roles) {
    if (this.organizationId != null && !this.organizationId.equals(organizationId)) {
      throw new IllegalStateException("the caller of this request is already established");
    }
    this.organizationId = organizationId;
    this.email = email;
    this.roles = roles.isEmpty() ? EnumSet.noneOf(MemberRole.class) : EnumSet.copyOf(roles);
  }

  /**
   * Runs {@code work} as another organization's member, then restores the caller. For trusted internal
   * work only (the demo loader acting as each demo supplier in turn), never for anything a request chose.
   */
  public <T> T actAs(String organizationId, String email, Set<MemberRole> roles, java.util.function.Supplier<T> work) {
    String previousOrganization = this.organizationId;
    String previousEmail = this.email;
    Set<MemberRole> previousRoles = this.roles;
    this.organizationId = organizationId;
    this.email = email;
    this.roles = roles.isEmpty() ? EnumSet.noneOf(MemberRole.class) : EnumSet.copyOf(roles);
    try {
      return work.get();
    } finally {
      this.organizationId = previousOrganization;
      this.email = previousEmail;
      this.roles = previousRoles;
    }
  }

  public boolean isEstablished() {
    return organizationId != null;
  }

  /** The caller's organization; fails closed when no boundary established one. */
  public String organizationId() {
    if (organizationId == null) {
      throw new NotAuthenticatedException();
    }
    return organizationId;
  }

  public Optional<String> email() {
    return Optional.ofNullable(email);
  }

  public Set<MemberRole> roles() {
    return roles.isEmpty() ? EnumSet.noneOf(MemberRole.class) : EnumSet.copyOf(roles);
  }

  /**
   * Fails with 403 unless the caller holds at least one of the roles: use cases guard themselves, not
   * only boundaries.
   */
  public void require(MemberRole role, MemberRole... orOthers) {
    EnumSet<MemberRole> accepted = EnumSet.of(role, orOthers);
    if (accepted.stream().noneMatch(roles::contains)) {
      throw new org.extranet.marketplace.shared.ForbiddenException("this needs one of the roles "
          + accepted.stream().map(MemberRole::realmName).toList());
    }
  }

  public boolean hasRole(MemberRole role) {
    return roles.contains(Objects.requireNonNull(role));
  }
}
