// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.partner.rest.metrics;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.extranet.marketplace.metrics.statement.SwitchingCostStatement;
import org.extranet.marketplace.metrics.statement.SwitchingCostStatements;
import org.extranet.marketplace.partner.rest.Roles;

/** The caller's organization's switching-cost statement, itemized (API.md "Metrics"). */
@Path("metrics/switching-cost-statement")
@Tag(name = "Metrics")
@RolesAllowed({Roles.OPERATOR, Roles.BUYER, Roles.APPROVER, Roles.SUPPLIER, Roles.PARTNER_INTEGRATION})
public class SwitchingCostStatementResource {

  @Inject SwitchingCostStatements statements;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "What leaving the network would cost the caller's organization (the operator names organizationId; another member's → 404): integrations, contract prices, processing savings, trained users; open orders and contracts beside it")
  public SwitchingCostStatement statement(@QueryParam("organizationId") String organizationId) {
    return statements.of(organizationId);
  }

  @GET
  @Produces(CsvTable.MEDIA_TYPE)
  @Operation(summary = "The same as CSV, one row per item and the total")
  public String statementCsv(@QueryParam("organizationId") String organizationId) {
    SwitchingCostStatement s = statement(organizationId);
    CsvTable table = new CsvTable("item", "basis", "quantity", "unitCost", "amount", "inTotal");
    s.items().forEach(i -> table.row(i.kind(), i.basis(), i.quantity(), i.unitCost(), i.amount(), i.counted()));
    table.row("TOTAL", s.organizationName() + " " + s.from() + " to " + s.to(), null, null, s.total(), true);
    return table.toString();
  }
}
