// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.portal.login;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.LogoutDefinition;

/**
 * The portal signs people in with the OpenID Connect authorization-code flow against the
 * `marketplace` realm, as the confidential client `marketplace-portal` (Payara's OpenID client sends
 * no PKCE). Keycloak does the rest: identity-first login, brokering to a partner's own intranet IdP.
 *
 * <ul>
 *   <li>Provider, client id and secret come from {@link OidcSettings} (MicroProfile Config).
 *   <li>The callback is {@code /portal/callback} ({@link CallbackServlet}), which sends the person to
 *       the home page. Not {@code redirectToOriginalResource}: Payara's Soteria replays the original
 *       request with a null parameter map, and Faces fails on it (NullPointerException in
 *       {@code HttpServletRequestDelegator.getParameter}).
 *   <li>Realm roles arrive in the {@code groups} claim and become the caller's groups, hence the roles
 *       of web.xml.
 *   <li>Logging out ({@code HttpServletRequest#logout}) ends the portal session and, RP-initiated, the
 *       Keycloak session too, which then sends the browser back to {@code /portal/}.
 * </ul>
 */
@ApplicationScoped
@DeclareRoles({"operator", "buyer", "approver", "supplier", "partner-integration"})
@OpenIdAuthenticationMechanismDefinition(
    providerURI = "${portalOidc.providerUri}",
    clientId = "${portalOidc.clientId}",
    clientSecret = "${portalOidc.clientSecret}",
    redirectURI = "${baseURL}/callback",
    claimsDefinition = @ClaimsDefinition(callerGroupsClaim = "groups"),
    logout = @LogoutDefinition(notifyProvider = true, redirectURI = "${baseURL}/"))
public class PortalLogin {}
