// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.portal.login;

import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.IdentityToken;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.extranet.marketplace.organization.Caller;

/**
 * The portal's counterpart of the partner API's token filter: for every request of a signed-in
 * person it establishes the business tier's {@link Caller} from the OpenID claims ({@code org_id},
 * {@code email}, {@code groups}) before any page calls a use case. A person the realm has not placed
 * in an organization gets the 403 page that says so; the business tier would refuse them anyway.
 */
@WebFilter(filterName = "CallerFilter", urlPatterns = "/*")
public class CallerFilter extends HttpFilter {

  /** The request attribute that tells the 403 page (errors/forbidden.xhtml) why the person is refused. */
  public static final String REFUSAL = "portal.refusal";

  static final String NO_ORGANIZATION =
      "Your account is not linked to an organization of the marketplace, so the portal cannot show you anything. "
          + "Ask your company's administrator or the marketplace operator to add you to your organization.";

  private static final String FACES_RESOURCES = "/jakarta.faces.resource/";
  private static final String LOGOUT = "/logout";

  @Inject OpenIdContext openId;
  @Inject Caller caller;

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getUserPrincipal() != null && !caller.isEstablished()) {
      SignedInPerson person = signedInPerson();
      if (person.hasOrganization()) {
        caller.establish(person.organizationId().orElseThrow(), person.email().orElse(null), person.roles());
      } else if (!isExempt(request)) {
        request.setAttribute(REFUSAL, NO_ORGANIZATION);
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
        return;
      }
    }
    chain.doFilter(request, response);
  }

  private SignedInPerson signedInPerson() {
    IdentityToken idToken = openId.getIdentityToken();
    return SignedInPerson.from(idToken == null ? null : idToken.getJwtClaims(), openId.getClaims());
  }

  /** A refused person can still load the error page's stylesheets and icons, and sign out. */
  private static boolean isExempt(HttpServletRequest request) {
    String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    return path.startsWith(FACES_RESOURCES) || path.equals(LOGOUT);
  }
}
