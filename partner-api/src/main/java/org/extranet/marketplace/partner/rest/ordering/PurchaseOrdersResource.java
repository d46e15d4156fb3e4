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
import org.extranet.marketplace.ordering.PurchaseOrders;
import org.extranet.marketplace.partner.rest.ListJson;
import org.extranet.marketplace.partner.rest.Roles;

/** A supplier's purchase order inbox (the buyer may read its own purchase orders by id too). */
@Path("purchase-orders")
@Tag(name = "Ordering")
@Produces(MediaType.APPLICATION_JSON)
public class PurchaseOrdersResource {

  @Inject PurchaseOrders purchaseOrders;

  @GET
  @RolesAllowed({Roles.SUPPLIER, Roles.PARTNER_INTEGRATION})
  @Operation(summary = "Purchase orders addressed to the caller's organization, newest first")
  public ListJson<OrderJson.PurchaseOrder> inbox(@QueryParam("page") String page, @QueryParam("size") String size) {
    ListJson.Paging paging = ListJson.paging(page, size);
    PurchaseOrders.Page found = purchaseOrders.inbox(paging.page(), paging.size());
    return new ListJson<>(found.items().stream().map(OrderJson.PurchaseOrder::of).toList(), found.total());
  }

  @GET
  @Path("{id}")
  @RolesAllowed({Roles.SUPPLIER, Roles.PARTNER_INTEGRATION, Roles.BUYER, Roles.APPROVER, Roles.OPERATOR})
  @Operation(summary = "One purchase order with its lines")
  public OrderJson.PurchaseOrder purchaseOrder(@PathParam("id") long id) {
    return OrderJson.PurchaseOrder.of(purchaseOrders.purchaseOrder(id));
  }
}
