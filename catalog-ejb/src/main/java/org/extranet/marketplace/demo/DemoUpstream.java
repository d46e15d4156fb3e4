// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.demo;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.EnumSet;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.extranet.marketplace.ordering.upstream.UpstreamPartners;
import org.extranet.marketplace.ordering.upstream.UpstreamTier;
import org.extranet.marketplace.organization.Caller;
import org.extranet.marketplace.organization.MemberRole;

/**
 * Northwind's supply chain: a distributor and a manufacturer answering InventoryInquiry from the reference
 * upstream partner (module upstream-partner, started beside the marketplace), registered by Northwind
 * through the real use case. Skipped when Northwind already has upstream partners.
 */
@Stateless
public class DemoUpstream {

  static final String NORTHWIND_ID = "6f1c0a00-0000-4000-8000-000000000004";

  @Inject
  @ConfigProperty(name = "marketplace.demo.upstream.url", defaultValue = "http://localhost:8090")
  String upstreamUrl;

  @Inject Caller caller;
  @Inject UpstreamPartners partners;

  public void load() {
    if (!partners.of(NORTHWIND_ID).isEmpty()) {
      return;
    }
    String base = upstreamUrl.replaceAll("/+$", "");
    caller.actAs(NORTHWIND_ID, "sam@northwind.example", EnumSet.of(MemberRole.SUPPLIER), () -> {
      partners.register(UpstreamTier.DISTRIBUTOR, "Contoso Distribution", base + "/distributor/InventoryInquiry");
      partners.register(UpstreamTier.MANUFACTURER, "Fabrikam Manufacturing", base + "/manufacturer/InventoryInquiry");
      return null;
    });
  }
}
