// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.partner.rest.supplier;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.extranet.marketplace.partner.rest.RequestBodies;
import org.extranet.marketplace.partner.rest.Roles;
import org.extranet.marketplace.shared.InvalidInputException;
import org.extranet.marketplace.supplier.SupplierReview;
import org.extranet.marketplace.supplier.SupplierReviews;

/** Re-reviews of suppliers whose scorecards breached the operator's thresholds (the vetting queue's second list). */
@Path("supplier-reviews")
@Tag(name = "Suppliers")
@RolesAllowed(Roles.OPERATOR)
public class SupplierReviewsResource {

  /** The operator's decision: KEEP or SUSPEND, with an optional note. */
  public record Decision(String outcome, String note) {}

  @Inject SupplierReviews reviews;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Re-reviews, newest first; status OPEN, KEPT or SUSPENDED (default: all)")
  public List<SupplierReviews.View> list(@QueryParam("status") String status) {
    return reviews.list(status == null || status.isBlank() ? null : parse(SupplierReview.Status.class, "status", status));
  }

  @POST
  @Path("{id}/decision")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Keep the supplier or suspend it (its listings disappear at once); 409 when decided already")
  public SupplierReviews.View decide(@PathParam("id") long id, Decision decision) {
    RequestBodies.require(decision);
    return reviews.decide(id, decision.outcome() == null ? null : parse(SupplierReview.Outcome.class, "outcome", decision.outcome()),
        decision.note());
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String field, String text) {
    return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equalsIgnoreCase(text.strip())).findFirst()
        .orElseThrow(() -> InvalidInputException.of(field, "one of " + Arrays.toString(type.getEnumConstants())));
  }
}
