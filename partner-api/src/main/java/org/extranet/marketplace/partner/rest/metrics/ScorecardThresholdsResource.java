// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.partner.rest.metrics;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.extranet.marketplace.metrics.scorecard.ScorecardReview;
import org.extranet.marketplace.metrics.scorecard.ScorecardThresholds;
import org.extranet.marketplace.partner.rest.RequestBodies;
import org.extranet.marketplace.partner.rest.Roles;

/** The operator's scorecard thresholds; a supplier breaching one goes into the vetting queue for re-review. */
@Path("metrics/scorecard-thresholds")
@Tag(name = "Metrics")
@RolesAllowed(Roles.OPERATOR)
public class ScorecardThresholdsResource {

  /** The thresholds as JSON (the record refuses bad figures when built, so the body is read loosely first). */
  public record Body(BigDecimal maxAckHours, BigDecimal minOnTimeRate, BigDecimal maxDeliveryFailureRate, BigDecimal minFillRate,
      BigDecimal minInvoiceAccuracy, Integer minimumShipments) {

    static Body of(ScorecardThresholds t) {
      return new Body(t.maxAckHours(), t.minOnTimeRate(), t.maxDeliveryFailureRate(), t.minFillRate(), t.minInvoiceAccuracy(),
          t.minimumShipments());
    }

    ScorecardThresholds toThresholds() {
      return new ScorecardThresholds(maxAckHours, minOnTimeRate, maxDeliveryFailureRate, minFillRate, minInvoiceAccuracy, minimumShipments);
    }
  }

  @Inject ScorecardReview review;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The thresholds in force")
  public Body thresholds() {
    return Body.of(review.thresholds());
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Save new thresholds and review every ACTIVE supplier at once; missing or out-of-range figures → 422, the old ones stay")
  public List<ScorecardReview.Opened> replace(Body body) {
    RequestBodies.require(body);
    return review.replace(body.toThresholds());
  }

  @POST
  @Path("review")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Hold every ACTIVE supplier's scorecard against the thresholds now (it also runs every night); the re-reviews opened")
  public List<ScorecardReview.Opened> reviewNow() {
    return review.review();
  }
}
