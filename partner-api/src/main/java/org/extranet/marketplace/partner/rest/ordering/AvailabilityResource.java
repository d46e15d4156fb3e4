// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.partner.rest.ordering;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.extranet.marketplace.ordering.Availability;
import org.extranet.marketplace.partner.rest.Roles;
import org.extranet.marketplace.shared.InvalidInputException;

/** Availability across the supplier's tiers (API.md "Catalog"). */
@Path("products/{id}/availability")
@Tag(name = "Ordering")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.BUYER, Roles.APPROVER, Roles.PARTNER_INTEGRATION, Roles.SUPPLIER, Roles.OPERATOR})
public class AvailabilityResource {

  @Inject Availability availability;

  @GET
  @Operation(summary = "Supplier stock, then its upstream tiers (UNKNOWN when unreachable), and the buyer's options")
  public OrderJson.AvailabilityAnswer check(@PathParam("id") long id, @QueryParam("quantity") String quantity) {
    return OrderJson.AvailabilityAnswer.of(availability.check(id, number(quantity)));
  }

  private static Integer number(String text) {
    try {
      return text == null ? null : Integer.valueOf(text.strip());
    } catch (NumberFormatException e) {
      throw InvalidInputException.of("quantity", "must be a whole number from 1");
    }
  }
}
