// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.partner.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.extranet.marketplace.catalog.search.SearchIndexStatus;

/**
 * Reports this instance's search index: "building" (SQL answers searches meanwhile, so the instance is
 * still ready) or "ready", with how many listings it holds.
 */
@Readiness
@ApplicationScoped
public class CatalogSearchReadiness implements HealthCheck {

  @Inject SearchIndexStatus index;

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("catalog-search").up()
        .withData("index", index.isReady() ? "ready" : "building")
        .withData("listings", index.listings())
        .build();
  }
}
