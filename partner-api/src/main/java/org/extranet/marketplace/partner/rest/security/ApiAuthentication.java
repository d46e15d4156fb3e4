// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.partner.rest.security;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Picks the MicroProfile JWT mechanism for the partner API. In one EAR the portal's OpenID Connect
 * mechanism and this WAR's MP-JWT mechanism are both visible everywhere, and Jakarta Security 3 then
 * finds two candidates (WELD-001318). This WAR-local alternative wins the resolution here and hands
 * every call to the bearer-token mechanism that {@code @LoginConfig(authMethod = "MP-JWT")} created.
 * portal-web has the mirror image, {@code PortalAuthentication}.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class ApiAuthentication implements HttpAuthenticationMechanism {

  @Inject BeanManager beanManager;

  private volatile HttpAuthenticationMechanism bearerTokens;

  @Override
  public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
      throws AuthenticationException {
    return bearerTokens().validateRequest(request, response, context);
  }

  @Override
  public AuthenticationStatus secureResponse(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
      throws AuthenticationException {
    return bearerTokens().secureResponse(request, response, context);
  }

  @Override
  public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    bearerTokens().cleanSubject(request, response, context);
  }

  private HttpAuthenticationMechanism bearerTokens() {
    if (bearerTokens == null) {
      Bean<?> jwt = beanManager.getBeans(HttpAuthenticationMechanism.class, Any.Literal.INSTANCE).stream()
          .filter(bean -> bean.getTypes().stream().anyMatch(type -> type.getTypeName().endsWith("JWTAuthenticationMechanism")))
          .findFirst()
          .orElseThrow(() -> new IllegalStateException("no MP-JWT mechanism: is @LoginConfig(authMethod = \"MP-JWT\") on PartnerApi?"));
      bearerTokens = (HttpAuthenticationMechanism)
          beanManager.getReference(jwt, HttpAuthenticationMechanism.class, beanManager.createCreationalContext(jwt));
    }
    return bearerTokens;
  }
}
