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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.extranet.marketplace.partner.rest.ListJson;
import org.extranet.marketplace.partner.rest.RequestBodies;
import org.extranet.marketplace.partner.rest.Roles;
import org.extranet.marketplace.shipment.DeliveryPerformance;
import org.extranet.marketplace.supplier.ManageMembership;
import org.extranet.marketplace.supplier.SupplierDirectory;

/** The network's suppliers and their membership; suspension and reinstatement by the operator. */
@Path("suppliers")
@Tag(name = "Suppliers and membership")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.OPERATOR, Roles.BUYER, Roles.APPROVER, Roles.SUPPLIER, Roles.PARTNER_INTEGRATION})
public class SuppliersResource {

  @Inject SupplierDirectory directory;
  @Inject ManageMembership manageMembership;
  @Inject DeliveryPerformance deliveryPerformance;

  /** Delivery outcomes of a supplier's shipments. */
  public record DeliveryOutcomes(String supplierId, long delivered, long failed, java.math.BigDecimal deliveryFailureRate) {}

  @GET
  @Path("{id}/delivery-performance")
  @RolesAllowed({Roles.OPERATOR, Roles.SUPPLIER, Roles.PARTNER_INTEGRATION})
  @Operation(summary = "Shipments delivered and failed, and the delivery failure rate failed ÷ (delivered + failed); the supplier itself and operators")
  public DeliveryOutcomes deliveryPerformance(@PathParam("id") String id) {
    DeliveryPerformance.Outcomes o = deliveryPerformance.of(id);
    return new DeliveryOutcomes(o.supplierId(), o.delivered(), o.failed(), o.failureRate());
  }

  @GET
  @Operation(summary = "The ACTIVE suppliers of the network, by name; paged when page or size is given")
  public ListJson<SupplierJson.Supplier> suppliers(@QueryParam("page") String page, @QueryParam("size") String size) {
    List<SupplierJson.Supplier> suppliers = directory.activeSuppliers().stream().map(SupplierJson.Supplier::of).toList();
    return ListJson.page(suppliers, page, size);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One supplier; an APPLICANT, SUSPENDED or LAPSED one only to itself and operators")
  public SupplierJson.Supplier supplier(@PathParam("id") String id) {
    return SupplierJson.Supplier.of(directory.supplier(id));
  }

  @POST
  @Path("{id}/suspension")
  @RolesAllowed(Roles.OPERATOR)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Suspend a supplier with a reason (operator): its listings disappear at once")
  public SupplierJson.Membership suspend(@PathParam("id") String id, SupplierJson.ReasonRequest request) {
    RequestBodies.require(request);
    return SupplierJson.Membership.of(manageMembership.suspend(id, request.reason()));
  }

  @POST
  @Path("{id}/reinstatement")
  @RolesAllowed(Roles.OPERATOR)
  @Operation(summary = "Reinstate a suspended supplier (operator)")
  public SupplierJson.Membership reinstate(@PathParam("id") String id) {
    return SupplierJson.Membership.of(manageMembership.reinstate(id));
  }

  /** POST /suppliers/{id}/renewal: the tier for the new year, or the current one when absent. */
  public record RenewalRequest(String tier) {}

  @POST
  @Path("{id}/renewal")
  @RolesAllowed(Roles.OPERATOR)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Renew a membership for a year once its fee is paid (operator): from 30 days before its end, or after it lapsed")
  public SupplierJson.Membership renew(@PathParam("id") String id, RenewalRequest request) {
    return SupplierJson.Membership.of(manageMembership.renew(id, request == null ? null : request.tier()));
  }
}
