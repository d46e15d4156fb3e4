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
import org.extranet.marketplace.metrics.tiers.CustomerTiering;
import org.extranet.marketplace.metrics.tiers.CustomerTiers;
import org.extranet.marketplace.partner.rest.Roles;

/** A supplier's customers by RFM score, ABC class and loyalty stage (API.md "Metrics"). */
@Path("metrics/customer-tiers")
@Tag(name = "Metrics")
@RolesAllowed({Roles.OPERATOR, Roles.SUPPLIER})
public class CustomerTiersResource {

  @Inject CustomerTiers tiers;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The supplier's customers over the 12 months up to `to` (the operator names supplierId; another supplier's → 404)")
  public List<CustomerTiering.Tier> tiers(@QueryParam("supplierId") String supplierId, @QueryParam("to") String to) {
    return tiers.of(supplierId, ReportPeriod.of(null, to).to());
  }

  @GET
  @Produces(CsvTable.MEDIA_TYPE)
  @Operation(summary = "The same as CSV")
  public String tiersCsv(@QueryParam("supplierId") String supplierId, @QueryParam("to") String to) {
    CsvTable table = new CsvTable("buyerId", "buyer", "recency", "frequency", "monetary", "recencyScore", "frequencyScore",
        "monetaryScore", "rfmScore", "abcClass", "loyaltyStage");
    tiers(supplierId, to).forEach(t -> table.row(t.buyer().id(), t.buyer().name(), t.recency(), t.frequency(), t.monetary(),
        t.recencyScore(), t.frequencyScore(), t.monetaryScore(), t.rfmScore(), t.abcClass(), t.loyaltyStage()));
    return table.toString();
  }
}
