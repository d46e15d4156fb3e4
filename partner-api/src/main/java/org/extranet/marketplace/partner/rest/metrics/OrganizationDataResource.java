// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.partner.rest.metrics;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.extranet.marketplace.metrics.statement.OwnDataExport;
import org.extranet.marketplace.partner.rest.Roles;

/** The caller's organization's own data as CSV, to take elsewhere: orders, listings, contracts (API.md "Metrics"). */
@Path("organization-data")
@Tag(name = "Metrics")
@RolesAllowed({Roles.BUYER, Roles.APPROVER, Roles.SUPPLIER, Roles.PARTNER_INTEGRATION})
public class OrganizationDataResource {

  @Inject OwnDataExport export;

  @GET
  @Path("{dataset}")
  @Produces("text/csv")
  @Operation(summary = "orders, listings or contracts of the caller's organization as CSV (header row first)")
  public Response dataset(@PathParam("dataset") String dataset) {
    OwnDataExport.Dataset which = OwnDataExport.Dataset.parse(dataset);
    java.util.List<java.util.List<String>> rows = export.table(which);
    CsvTable table = new CsvTable(rows.get(0).toArray(String[]::new));
    rows.stream().skip(1).forEach(r -> table.row(r.toArray()));
    return Response.ok(table.toString())
        .header("Content-Disposition", "attachment; filename=\"" + which.name().toLowerCase() + ".csv\"").build();
  }
}
