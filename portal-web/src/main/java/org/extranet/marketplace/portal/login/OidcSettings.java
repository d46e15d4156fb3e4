// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.portal.login;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the portal's OpenID provider is and who the portal is to it, from MicroProfile Config, so one
 * EAR serves the demo (Keycloak on 18080) and the tests (their own port) without a rebuild.
 *
 * <p>The keys are Payara's documented OpenID override names. Payara itself reads them only for its
 * proprietary {@code @OpenIdAuthenticationDefinition}; the standard
 * {@code @OpenIdAuthenticationMechanismDefinition} that {@link PortalLogin} uses reads them through
 * this bean (EL {@code ${portalOidc.providerUri}}). Environment variables override the defaults:
 * {@code PAYARA_SECURITY_OPENID_PROVIDERURI}, {@code PAYARA_SECURITY_OPENID_CLIENTID},
 * {@code PAYARA_SECURITY_OPENID_CLIENTSECRET}.
 *
 * <p>The demo defaults sit here rather than in the WAR's {@code META-INF/microprofile-config.properties}
 * because Payara builds one MicroProfile Config per application from the EAR's class loader: inside
 * the EAR it never reads a WAR's own properties file.
 */
@ApplicationScoped
@Named("portalOidc")
public class OidcSettings {

  @Inject
  @ConfigProperty(name = "payara.security.openid.providerURI", defaultValue = "http://localhost:18080/realms/marketplace")
  String providerUri;

  @Inject
  @ConfigProperty(name = "payara.security.openid.clientId", defaultValue = "marketplace-portal")
  String clientId;

  @Inject
  @ConfigProperty(name = "payara.security.openid.clientSecret", defaultValue = "portal-secret")
  String clientSecret;

  /** The realm's issuer URL; discovery appends {@code /.well-known/openid-configuration}. */
  public String getProviderUri() {
    return providerUri;
  }

  public String getClientId() {
    return clientId;
  }

  public String getClientSecret() {
    return clientSecret;
  }
}
