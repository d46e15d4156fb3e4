// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.partner.rest.metrics;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.extranet.marketplace.metrics.cost.CostModels;
import org.extranet.marketplace.metrics.cost.OrderCostReport;
import org.extranet.marketplace.metrics.cost.OrderCosts;
import org.extranet.marketplace.metrics.scorecard.Scorecard;
import org.extranet.marketplace.metrics.scorecard.SupplierScorecards;
import org.extranet.marketplace.partner.rest.RequestBodies;
import org.extranet.marketplace.partner.rest.Roles;

/** Metrics (API.md "Metrics"): the cost model and what each order cost to process; JSON, or CSV on request. */
@Path("metrics")
@Tag(name = "Metrics")
@RolesAllowed({Roles.OPERATOR, Roles.BUYER, Roles.APPROVER, Roles.SUPPLIER, Roles.PARTNER_INTEGRATION})
public class MetricsResource {

  @Inject CostModels costModels;
  @Inject OrderCosts orderCosts;
  @Inject OrderCostReport orderCostReport;
  @Inject SupplierScorecards scorecards;

  @GET
  @Path("supplier-scorecards")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Scorecards of the ACTIVE suppliers (a supplier: its own): acknowledgement hours, on-time, failure, fill rate, invoice accuracy")
  public java.util.List<Scorecard> supplierScorecards() {
    return scorecards.all();
  }

  @GET
  @Path("supplier-scorecards")
  @Produces(CsvTable.MEDIA_TYPE)
  @Operation(summary = "The same as CSV")
  public String supplierScorecardsCsv() {
    CsvTable table = new CsvTable("supplierId", "ackHoursMedian", "onTimeRate", "deliveryFailureRate", "fillRate",
        "invoiceAccuracy", "purchaseOrders", "delivered", "failed", "invoices");
    scorecards.all().forEach(c -> table.row(c.supplierId(), c.ackHoursMedian(), c.onTimeRate(), c.deliveryFailureRate(),
        c.fillRate(), c.invoiceAccuracy(), c.purchaseOrders(), c.delivered(), c.failed(), c.invoices()));
    return table.toString();
  }

  @GET
  @Path("supplier-scorecards/{supplierId}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "One supplier's scorecard (a supplier: its own only)")
  public Scorecard supplierScorecard(@PathParam("supplierId") String supplierId) {
    return scorecards.of(supplierId);
  }

  @GET
  @Path("order-cost")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Orders and their processing cost by channel, supplier, buyer or month, with savings against the manual baseline")
  public java.util.List<CostJson.Group> orderCost(@QueryParam("from") String from, @QueryParam("to") String to,
      @QueryParam("groupBy") String groupBy) {
    ReportPeriod period = ReportPeriod.of(from, to);
    return orderCostReport.report(period.from(), period.to(), CostJson.groupBy(groupBy)).stream().map(CostJson.Group::of).toList();
  }

  @GET
  @Path("order-cost")
  @Produces(CsvTable.MEDIA_TYPE)
  @Operation(summary = "The same as CSV")
  public String orderCostCsv(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("groupBy") String groupBy) {
    CsvTable table = new CsvTable("key", "orders", "averageCost", "totalCost", "savingsVsManual");
    orderCost(from, to, groupBy).forEach(g -> table.row(g.key(), g.orders(), g.averageCost(), g.totalCost(), g.savingsVsManual()));
    return table.toString();
  }

  @GET
  @Path("cost-model")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The cost model in force: hourly rates, manual and portal minutes per activity, document fees, platform cost")
  public CostJson.Model costModel() {
    return CostJson.Model.of(costModels.current());
  }

  @PUT
  @Path("cost-model")
  @RolesAllowed(Roles.OPERATOR)
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Save a new cost model (operator); missing or negative figures → 422 and the old model stays")
  public CostJson.Model replaceCostModel(CostJson.Model request) {
    RequestBodies.require(request);
    return CostJson.Model.of(costModels.replace(request.toModel()));
  }

  @GET
  @Path("orders/{id}/cost")
  @RolesAllowed({Roles.OPERATOR, Roles.BUYER, Roles.APPROVER, Roles.PARTNER_INTEGRATION})
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "What the order cost to process: each ledger step, the platform's share, total and savings vs manual")
  public CostJson.OrderCost orderCost(@PathParam("id") long id) {
    return CostJson.OrderCost.of(id, orderCosts.of(id));
  }

  @GET
  @Path("orders/{id}/cost")
  @RolesAllowed({Roles.OPERATOR, Roles.BUYER, Roles.APPROVER, Roles.PARTNER_INTEGRATION})
  @Produces(CsvTable.MEDIA_TYPE)
  @Operation(summary = "The same as CSV")
  public String orderCostCsv(@PathParam("id") long id) {
    return CostJson.csv(orderCost(id));
  }
}
