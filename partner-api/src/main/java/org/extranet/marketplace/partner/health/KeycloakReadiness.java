// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.partner.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when Keycloak serves the marketplace realm: without it nobody can sign in. */
@Readiness
@ApplicationScoped
public class KeycloakReadiness implements HealthCheck {

  private static final Duration TIMEOUT = Duration.ofSeconds(2);

  @Inject
  @ConfigProperty(name = "marketplace.keycloak.url", defaultValue = "http://localhost:18080")
  String keycloakUrl;

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

  @Override
  public HealthCheckResponse call() {
    String realm = keycloakUrl + "/realms/marketplace/.well-known/openid-configuration";
    try {
      HttpResponse<Void> response = http.send(
          HttpRequest.newBuilder(URI.create(realm)).timeout(TIMEOUT).GET().build(),
          HttpResponse.BodyHandlers.discarding());
      return HealthCheckResponse.named("keycloak")
          .status(response.statusCode() == 200)
          .withData("realm", realm)
          .withData("status", response.statusCode())
          .build();
    } catch (java.io.IOException e) {
      return HealthCheckResponse.named("keycloak").down().withData("realm", realm).withData("error", e.getClass().getSimpleName()).build();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return HealthCheckResponse.named("keycloak").down().withData("realm", realm).build();
    }
  }
}
