// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.partner.rest;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.extranet.marketplace.organization.Caller;
import org.extranet.marketplace.organization.MemberRole;

/**
 * Resolves the caller once per request from the verified bearer token: `org_id`, `email` and the
 * realm roles in `groups`. A token without `org_id` leaves the caller unestablished, and the business
 * tier then refuses to act for it.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class CallerFilter implements ContainerRequestFilter {

  @Inject JsonWebToken token;
  @Inject Caller caller;

  @Override
  public void filter(ContainerRequestContext request) {
    if (token == null || token.getRawToken() == null) {
      return;
    }
    Optional<String> organizationId = token.claim("org_id").map(String::valueOf).filter(id -> !id.isBlank());
    organizationId.ifPresent(id -> caller.establish(
        id,
        token.<Object>claim("email").map(String::valueOf).orElse(null),
        token.getGroups().stream()
            .map(MemberRole::fromRealmName)
            .flatMap(Optional::stream)
            .collect(Collectors.toSet())));
  }
}
