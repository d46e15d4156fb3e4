// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.partner.rest.ordering;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.extranet.marketplace.ordering.ledger.Channel;
import org.extranet.marketplace.partner.rest.RequestBodies;
import org.extranet.marketplace.partner.rest.Roles;
import org.extranet.marketplace.shipment.Shipments;

/** One shipment: the supplier reports its carrier's events, the buyer confirms what arrived. */
@Path("shipments")
@Tag(name = "Ordering")
@Produces(MediaType.APPLICATION_JSON)
public class ShipmentsResource {

  @Inject Shipments shipments;

  @GET
  @Path("{id}")
  @RolesAllowed({Roles.SUPPLIER, Roles.PARTNER_INTEGRATION, Roles.BUYER, Roles.APPROVER, Roles.OPERATOR})
  @Operation(summary = "One shipment with its lines, carrier events, outcome and receipt")
  public FulfilmentJson.Shipment shipment(@PathParam("id") long id) {
    return FulfilmentJson.Shipment.of(shipments.shipment(id));
  }

  @POST
  @Path("{id}/events")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.SUPPLIER, Roles.PARTNER_INTEGRATION})
  @Operation(summary = "Record a carrier event: IN_TRANSIT, OUT_FOR_DELIVERY, DELIVERED or FAILED (with the reason as note)")
  public FulfilmentJson.Shipment event(@PathParam("id") long id, FulfilmentJson.EventRequest request) {
    RequestBodies.require(request);
    return FulfilmentJson.Shipment.of(shipments.record(id, request.toReport(), Channel.REST, null));
  }

  @POST
  @Path("{id}/receipt")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.BUYER, Roles.APPROVER, Roles.PARTNER_INTEGRATION})
  @Operation(summary = "The buyer confirms the units received (all of the shipment when no lines are given)")
  public FulfilmentJson.Shipment receipt(@PathParam("id") long id, FulfilmentJson.ReceiptRequest request) {
    return FulfilmentJson.Shipment.of(shipments.confirmReceipt(id, request == null ? null : request.received(), Channel.REST, null));
  }
}
