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
import org.extranet.marketplace.ordering.Approvals;
import org.extranet.marketplace.ordering.ledger.Channel;
import org.extranet.marketplace.partner.rest.ListJson;
import org.extranet.marketplace.partner.rest.RequestBodies;
import org.extranet.marketplace.partner.rest.Roles;

/** An approver's inbox: orders over their requesters' spending limits. The id is the order's. */
@Path("approvals")
@Tag(name = "Ordering")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.APPROVER)
public class ApprovalsResource {

  @Inject Approvals approvals;

  @GET
  @Operation(summary = "Orders waiting for the caller's decision, oldest first")
  public ListJson<OrderJson.Order> pending() {
    return ListJson.of(approvals.pending().stream().map(OrderJson.Order::of).toList());
  }

  @POST
  @Path("{id}/approve")
  @Operation(summary = "Approve: the order is placed")
  public OrderJson.Order approve(@PathParam("id") long id) {
    return OrderJson.Order.of(approvals.approve(id, Channel.REST, null));
  }

  @POST
  @Path("{id}/reject")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Reject with a reason: the stock goes back")
  public OrderJson.Order reject(@PathParam("id") long id, OrderJson.Reason reason) {
    RequestBodies.require(reason);
    return OrderJson.Order.of(approvals.reject(id, reason.reason(), Channel.REST, null));
  }
}
