// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.partner.rest.metrics;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.extranet.marketplace.metrics.switching.BuyerSwitching;
import org.extranet.marketplace.metrics.switching.SupplierRetention;
import org.extranet.marketplace.metrics.switching.SwitchingReport;
import org.extranet.marketplace.partner.rest.Roles;

/** Switching (API.md "Metrics"): per buyer switch rate, share of wallet and HHI; per supplier retention. */
@Path("metrics/switching")
@Tag(name = "Metrics")
@RolesAllowed({Roles.OPERATOR, Roles.BUYER, Roles.APPROVER, Roles.SUPPLIER, Roles.PARTNER_INTEGRATION})
public class SwitchingResource {

  @Inject SwitchingReport report;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Per buyer: switch rate, supplier shares of its spend, HHI (the operator: every buyer; a buyer: its own)")
  public List<BuyerSwitching> byBuyer(@QueryParam("from") String from, @QueryParam("to") String to) {
    ReportPeriod period = ReportPeriod.of(from, to);
    return report.byBuyer(period.from(), period.to());
  }

  @GET
  @Produces(CsvTable.MEDIA_TYPE)
  @Operation(summary = "The same as CSV, one row per buyer and supplier")
  public String byBuyerCsv(@QueryParam("from") String from, @QueryParam("to") String to) {
    CsvTable table = new CsvTable("buyerId", "buyer", "lines", "linesWithIncumbent", "switches", "switchRate", "hhi",
        "supplierId", "supplier", "spend", "share");
    byBuyer(from, to).forEach(b -> b.supplierShare().forEach(s -> table.row(b.buyer().id(), b.buyer().name(), b.lines(),
        b.linesWithIncumbent(), b.switches(), b.switchRate(), b.hhi(), s.supplier().id(), s.supplier().name(), s.spend(), s.share())));
    return table.toString();
  }

  @GET
  @Path("suppliers")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Per supplier: customers retained, new, lost and upgraded against the period before; switches won and lost")
  public List<SupplierRetention> bySupplier(@QueryParam("from") String from, @QueryParam("to") String to) {
    ReportPeriod period = ReportPeriod.of(from, to);
    return report.bySupplier(period.from(), period.to());
  }

  @GET
  @Path("suppliers")
  @Produces(CsvTable.MEDIA_TYPE)
  @Operation(summary = "The same as CSV")
  public String bySupplierCsv(@QueryParam("from") String from, @QueryParam("to") String to) {
    CsvTable table = new CsvTable("supplierId", "supplier", "customers", "previousCustomers", "retained", "retention",
        "newCustomers", "lostCustomers", "upgradedCustomers", "switchesWon", "switchesLost");
    bySupplier(from, to).forEach(r -> table.row(r.supplier().id(), r.supplier().name(), r.customers(), r.previousCustomers(),
        r.retained(), r.retention(), r.newCustomers(), r.lostCustomers(), r.upgradedCustomers(), r.switchesWon(), r.switchesLost()));
    return table.toString();
  }
}
