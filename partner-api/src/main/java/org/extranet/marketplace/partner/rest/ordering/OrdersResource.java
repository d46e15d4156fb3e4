// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.partner.rest.ordering;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.extranet.marketplace.ordering.CancelOrder;
import org.extranet.marketplace.ordering.OrderStatus;
import org.extranet.marketplace.ordering.Orders;
import org.extranet.marketplace.ordering.QuickOrder;
import org.extranet.marketplace.ordering.SubmitOrder;
import org.extranet.marketplace.ordering.ledger.Channel;
import org.extranet.marketplace.partner.rest.ListJson;
import org.extranet.marketplace.shipment.OrderTracking;
import org.extranet.marketplace.shipment.Shipments;
import org.extranet.marketplace.partner.rest.RequestBodies;
import org.extranet.marketplace.partner.rest.Roles;
import org.extranet.marketplace.shared.InvalidInputException;

/** A buyer organization's orders (API.md "Ordering"). */
@Path("orders")
@Tag(name = "Ordering")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.BUYER, Roles.APPROVER, Roles.PARTNER_INTEGRATION, Roles.OPERATOR})
public class OrdersResource {

  @Inject SubmitOrder submitOrder;
  @Inject Orders orders;
  @Inject CancelOrder cancelOrder;
  @Inject QuickOrder quickOrder;
  @Inject OrderTracking tracking;
  @Inject Shipments shipments;
  @Context UriInfo uri;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.BUYER, Roles.APPROVER, Roles.PARTNER_INTEGRATION})
  @Operation(summary = "Place an order: one purchase order per supplier, stock reserved; idempotent under Idempotency-Key")
  public Response place(OrderJson.PlaceOrder request, @HeaderParam("Idempotency-Key") String idempotencyKey) {
    RequestBodies.require(request);
    SubmitOrder.Submitted submitted = submitOrder.submit(request.toRequest(), Channel.REST, null, idempotencyKey);
    return Response.status(Response.Status.CREATED)
        .location(uri.getAbsolutePathBuilder().path(String.valueOf(submitted.order().id())).build())
        .header("Idempotent-Replayed", String.valueOf(submitted.replayed()))
        .entity(OrderJson.Order.of(submitted.order()))
        .build();
  }

  @GET
  @Operation(summary = "The organization's orders, newest first (status filters)")
  public ListJson<OrderJson.Order> list(@QueryParam("status") String status, @QueryParam("page") String page,
      @QueryParam("size") String size) {
    ListJson.Paging paging = ListJson.paging(page, size);
    Orders.Page found = orders.list(status(status), paging.page(), paging.size());
    return new ListJson<>(found.items().stream().map(OrderJson.Order::of).toList(), found.total());
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One order with its purchase orders and lines")
  public OrderJson.Order order(@PathParam("id") long id) {
    return OrderJson.Order.of(orders.order(id));
  }

  @GET
  @Path("{id}/tracking")
  @Operation(summary = "The order's timeline in time order: every step the ledger recorded and every carrier event of its shipments")
  public ListJson<FulfilmentJson.TimelineJson> tracking(@PathParam("id") long id) {
    return ListJson.of(tracking.timeline(id).stream().map(FulfilmentJson.TimelineJson::of).toList());
  }

  @GET
  @Path("{id}/shipments")
  @Operation(summary = "The order's shipments, oldest first, with their carrier events")
  public ListJson<FulfilmentJson.Shipment> shipments(@PathParam("id") long id) {
    return ListJson.of(shipments.ofOrder(id).stream().map(FulfilmentJson.Shipment::of).toList());
  }

  @POST
  @Path("{id}/cancellation")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.BUYER, Roles.APPROVER, Roles.PARTNER_INTEGRATION})
  @Operation(summary = "Cancel before any supplier acknowledged; the stock goes back")
  public OrderJson.Order cancel(@PathParam("id") long id, OrderJson.Reason reason) {
    return OrderJson.Order.of(cancelOrder.cancel(id, reason == null ? null : reason.reason(), Channel.REST, null));
  }

  /** What a reorder put back in the cart and what it left out (line numbers of the past order). */
  public record Reordered(java.util.List<CartResource.Line> added, java.util.List<Skipped> skipped) {}

  public record Skipped(int line, String message) {}

  @POST
  @Path("{id}/reorder")
  @RolesAllowed({Roles.BUYER, Roles.APPROVER})
  @Operation(summary = "Put a past order's lines back in the caller's cart at today's prices")
  public Reordered reorder(@PathParam("id") long id) {
    QuickOrder.Reordered done = quickOrder.reorder(id);
    return new Reordered(done.added().stream().map(CartResource.Line::of).toList(),
        done.skipped().stream().map(s -> new Skipped(s.line(), s.message())).toList());
  }

  private static OrderStatus status(String status) {
    if (status == null || status.isBlank()) {
      return null;
    }
    try {
      return OrderStatus.valueOf(status.strip());
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.of("status", "one of PENDING_APPROVAL, PLACED, REJECTED, CANCELLED");
    }
  }
}
