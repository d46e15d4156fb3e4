// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.demo;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.EnumSet;
import org.extranet.marketplace.integration.partner.PartnerProfile.TradingChannel;
import org.extranet.marketplace.integration.partner.PartnerProfiles;

/**
 * The demo's partner profiles (API.md "Partner integration"): Globex's procurement system trades X12 as
 * {@code GLOBEX}, Northwind's ERP as {@code NORTHWIND}, both ISA qualifier ZZ. Through the operator's use case.
 */
@Stateless
public class DemoPartners {

  @Inject PartnerProfiles profiles;

  public void load() {
    if (profiles.ofOrganization(DemoCompanies.GLOBEX_ID).isEmpty()) {
      profiles.save(DemoCompanies.GLOBEX_ID, new PartnerProfiles.Settings("ZZ", "GLOBEX",
          EnumSet.of(TradingChannel.PORTAL, TradingChannel.EDI_X12), null));
    }
    if (profiles.ofOrganization(DemoUpstream.NORTHWIND_ID).isEmpty()) {
      profiles.save(DemoUpstream.NORTHWIND_ID, new PartnerProfiles.Settings("ZZ", "NORTHWIND",
          EnumSet.of(TradingChannel.PORTAL, TradingChannel.EDI_X12), null));
    }
  }
}
