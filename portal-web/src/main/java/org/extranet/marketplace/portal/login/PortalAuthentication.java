// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.portal.login;

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
 * Picks the OpenID Connect mechanism for the portal. In one EAR the partner API's MP-JWT mechanism and
 * the portal's OpenID mechanism ({@link PortalLogin}) are both visible everywhere, and Jakarta Security 3
 * then finds two candidates (WELD-001318). This WAR-local alternative wins the resolution here and
 * hands every call to the OpenID mechanism. partner-api has the mirror image, {@code ApiAuthentication}.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class PortalAuthentication implements HttpAuthenticationMechanism {

  @Inject BeanManager beanManager;

  private volatile HttpAuthenticationMechanism openIdConnect;

  @Override
  public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
      throws AuthenticationException {
    return openIdConnect().validateRequest(request, response, context);
  }

  @Override
  public AuthenticationStatus secureResponse(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
      throws AuthenticationException {
    return openIdConnect().secureResponse(request, response, context);
  }

  @Override
  public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    openIdConnect().cleanSubject(request, response, context);
  }

  private HttpAuthenticationMechanism openIdConnect() {
    if (openIdConnect == null) {
      // Soteria registers the mechanism as a built-in bean typed only HttpAuthenticationMechanism;
      // its description names the implementation class.
      Bean<?> openId = beanManager.getBeans(HttpAuthenticationMechanism.class, Any.Literal.INSTANCE).stream()
          .filter(bean -> bean.getBeanClass() != PortalAuthentication.class)
          .filter(bean -> bean.toString().contains("OpenIdAuthenticationMechanism"))
          .findFirst()
          .orElseThrow(() -> new IllegalStateException("no OpenID Connect mechanism: is PortalLogin deployed?"));
      openIdConnect = (HttpAuthenticationMechanism)
          beanManager.getReference(openId, HttpAuthenticationMechanism.class, beanManager.createCreationalContext(openId));
    }
    return openIdConnect;
  }
}
