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
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.extranet.marketplace.invoicing.InvoiceView;
import org.extranet.marketplace.invoicing.Invoicing;
import org.extranet.marketplace.ordering.Acknowledgements;
import org.extranet.marketplace.ordering.PurchaseOrders;
import org.extranet.marketplace.ordering.ledger.Channel;
import org.extranet.marketplace.partner.rest.RequestBodies;
import org.extranet.marketplace.partner.rest.invoicing.InvoiceJson;
import org.extranet.marketplace.shipment.ShipmentView;
import org.extranet.marketplace.shipment.Shipments;
import org.extranet.marketplace.partner.rest.ListJson;
import org.extranet.marketplace.partner.rest.Roles;

/** A supplier's purchase order inbox (the buyer may read its own purchase orders by id too). */
@Path("purchase-orders")
@Tag(name = "Ordering")
@Produces(MediaType.APPLICATION_JSON)
public class PurchaseOrdersResource {

  @Inject PurchaseOrders purchaseOrders;
  @Inject Acknowledgements acknowledgements;
  @Inject Shipments shipments;
  @Inject Invoicing invoicing;
  @Context UriInfo uri;

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

  @POST
  @Path("{id}/acknowledgement")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.SUPPLIER, Roles.PARTNER_INTEGRATION})
  @Operation(summary = "Accept, reject (with reason; the stock goes back) or accept part with promised dates; once")
  public OrderJson.PurchaseOrder acknowledge(@PathParam("id") long id, FulfilmentJson.AcknowledgementRequest request) {
    RequestBodies.require(request);
    return OrderJson.PurchaseOrder.of(acknowledgements.acknowledge(id, request.toAcknowledgement(), Channel.REST, null));
  }

  @POST
  @Path("{id}/shipments")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.SUPPLIER, Roles.PARTNER_INTEGRATION})
  @Operation(summary = "Ship (part of) an accepted purchase order with a carrier and tracking number")
  public Response ship(@PathParam("id") long id, FulfilmentJson.ShipmentRequest request) {
    RequestBodies.require(request);
    ShipmentView shipped = shipments.ship(id, request.toShipment(), Channel.REST, null);
    return Response.created(uri.getBaseUriBuilder().path("shipments").path(String.valueOf(shipped.id())).build())
        .entity(FulfilmentJson.Shipment.of(shipped)).build();
  }

  @POST
  @Path("{id}/invoices")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.SUPPLIER, Roles.PARTNER_INTEGRATION})
  @Operation(summary = "Invoice the purchase order: with no lines the PO flip (shipped, not yet invoiced units at order prices) plus tax; 201 with its match status")
  public Response invoice(@PathParam("id") long id, InvoiceJson.Request request) {
    InvoiceView invoice = invoicing.flip(id, (request == null ? new InvoiceJson.Request(null, null, null) : request).toRequest(),
        Channel.REST, null);
    return Response.created(uri.getBaseUriBuilder().path("invoices").path(String.valueOf(invoice.id())).build())
        .entity(InvoiceJson.Invoice.of(invoice)).build();
  }

  @GET
  @Path("{id}/shipments")
  @RolesAllowed({Roles.SUPPLIER, Roles.PARTNER_INTEGRATION, Roles.BUYER, Roles.APPROVER, Roles.OPERATOR})
  @Operation(summary = "The purchase order's shipments, oldest first")
  public ListJson<FulfilmentJson.Shipment> shipments(@PathParam("id") long id) {
    return ListJson.of(shipments.ofPurchaseOrder(id).stream().map(FulfilmentJson.Shipment::of).toList());
  }
}
