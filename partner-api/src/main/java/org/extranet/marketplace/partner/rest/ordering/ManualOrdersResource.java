// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.partner.rest.ordering;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.extranet.marketplace.ordering.ManualOrders;
import org.extranet.marketplace.ordering.ledger.ManualSource;
import org.extranet.marketplace.partner.rest.RequestBodies;
import org.extranet.marketplace.partner.rest.Roles;
import org.extranet.marketplace.shared.InvalidInputException;

/** Orders received by phone, fax or e-mail, keyed in by the operator or a supplier's order desk. */
@Path("manual-orders")
@Tag(name = "Ordering")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.OPERATOR, Roles.SUPPLIER})
public class ManualOrdersResource {

  /** {@code source}: PHONE, FAX or EMAIL; {@code receivedFrom}: who at the buyer placed it. */
  public record KeyedOrder(String buyerOrganizationId, String receivedFrom, String source, Integer keyingMinutes,
      List<OrderJson.RequestedLine> lines, String note) {}

  @Inject ManualOrders manualOrders;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Key in an order a buyer placed by phone, fax or e-mail (channel MANUAL in the ledger)")
  public Response key(KeyedOrder keyed, @HeaderParam("Idempotency-Key") String idempotencyKey) {
    RequestBodies.require(keyed);
    ManualOrders.Received received = new ManualOrders.Received(keyed.buyerOrganizationId(), keyed.receivedFrom(),
        source(keyed.source()), keyed.keyingMinutes());
    return Response.status(Response.Status.CREATED)
        .entity(OrderJson.Order.of(manualOrders.key(received, new OrderJson.PlaceOrder(keyed.lines(), keyed.note()).toRequest(),
            idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey)))
        .build();
  }

  private static ManualSource source(String source) {
    try {
      return source == null ? null : ManualSource.valueOf(source.strip());
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.of("source", "PHONE, FAX or EMAIL");
    }
  }
}
