// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.partner.rest.supplier;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.extranet.marketplace.partner.rest.ListJson;
import org.extranet.marketplace.partner.rest.RequestBodies;
import org.extranet.marketplace.partner.rest.Roles;
import org.extranet.marketplace.shared.InvalidInputException;
import org.extranet.marketplace.supplier.ApplicationStatus;
import org.extranet.marketplace.supplier.ApplyForMembership;
import org.extranet.marketplace.supplier.ChecklistItem;
import org.extranet.marketplace.supplier.SubmitApplication;
import org.extranet.marketplace.supplier.SupplierDirectory;
import org.extranet.marketplace.supplier.VetApplication;
import org.extranet.marketplace.supplier.Views.ApplicationView;

/** Applications to join the network and their vetting. Suppliers see their own; operators all and vet them. */
@Path("supplier-applications")
@Tag(name = "Suppliers and membership")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.OPERATOR, Roles.SUPPLIER})
public class SupplierApplicationsResource {

  @Inject ApplyForMembership applyForMembership;
  @Inject SubmitApplication submitApplication;
  @Inject VetApplication vetApplication;
  @Inject SupplierDirectory directory;
  @Context UriInfo uri;

  @GET
  @Operation(summary = "Applications, newest first, optionally by status (operator: all; supplier: its own); paged when page or size is given")
  public ListJson<SupplierJson.Application> applications(
      @QueryParam("status") String status, @QueryParam("page") String page, @QueryParam("size") String size) {
    return ListJson.page(directory.applications(parse(status)).stream().map(SupplierJson.Application::of).toList(), page, size);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One application with its checklist; another organization's answers 404")
  public SupplierJson.Application application(@PathParam("id") long id) {
    return SupplierJson.Application.of(directory.application(id));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Apply to join the network (the caller's organization, registered as a supplier if new):"
      + " SUBMITTED at once, or a DRAFT with \"draft\": true")
  public Response apply(SupplierJson.ApplicationRequest request) {
    RequestBodies.require(request);
    ApplicationView created = request.isDraft()
        ? applyForMembership.startDraft(request.organizationId(), request.toCompany(false))
        : applyForMembership.apply(request.organizationId(), request.toCompany(true));
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
        .entity(SupplierJson.Application.of(created))
        .build();
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Revise a DRAFT application's details (409 once submitted)")
  public SupplierJson.Application revise(@PathParam("id") long id, SupplierJson.ApplicationRequest request) {
    RequestBodies.require(request);
    return SupplierJson.Application.of(submitApplication.revise(id, request.toCompany(false)));
  }

  @POST
  @Path("{id}/submission")
  @Operation(summary = "Submit a DRAFT application for vetting; 400 naming every field still missing")
  public SupplierJson.Application submit(@PathParam("id") long id) {
    return SupplierJson.Application.of(submitApplication.submit(id));
  }

  @PUT
  @Path("{id}/checklist/{item}")
  @RolesAllowed(Roles.OPERATOR)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Record the finding on one checklist item (operator)")
  public SupplierJson.Application checklist(@PathParam("id") long id, @PathParam("item") String item, SupplierJson.ChecklistRequest request) {
    RequestBodies.require(request);
    if (request.passed() == null) {
      throw InvalidInputException.of("passed", "is required (true or false)");
    }
    return SupplierJson.Application.of(vetApplication.record(id, checklistItem(item), request.passed(), request.note()));
  }

  @POST
  @Path("{id}/approval")
  @RolesAllowed(Roles.OPERATOR)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Approve with a membership tier (operator); 409 while the checklist is incomplete")
  public SupplierJson.Membership approve(@PathParam("id") long id, SupplierJson.ApprovalRequest request) {
    RequestBodies.require(request);
    return SupplierJson.Membership.of(vetApplication.approve(id, request.tier()));
  }

  @POST
  @Path("{id}/rejection")
  @RolesAllowed(Roles.OPERATOR)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Reject with a reason (operator)")
  public SupplierJson.Application reject(@PathParam("id") long id, SupplierJson.ReasonRequest request) {
    RequestBodies.require(request);
    return SupplierJson.Application.of(vetApplication.reject(id, request.reason()));
  }

  private static ChecklistItem checklistItem(String item) {
    return Arrays.stream(ChecklistItem.values()).filter(i -> i.name().equals(item)).findFirst()
        .orElseThrow(() -> InvalidInputException.of("item", "must be one of " + Arrays.toString(ChecklistItem.values())));
  }

  private static ApplicationStatus parse(String status) {
    if (status == null || status.isBlank()) {
      return null;
    }
    return Arrays.stream(ApplicationStatus.values()).filter(s -> s.name().equals(status)).findFirst()
        .orElseThrow(() -> InvalidInputException.of("status", "must be one of " + Arrays.toString(ApplicationStatus.values())));
  }
}
