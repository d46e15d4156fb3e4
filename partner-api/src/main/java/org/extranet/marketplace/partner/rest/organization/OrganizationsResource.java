// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.partner.rest.organization;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.extranet.marketplace.organization.AddMember;
import org.extranet.marketplace.organization.OrganizationDirectory;
import org.extranet.marketplace.organization.OrganizationView;
import org.extranet.marketplace.organization.RegisterOrganization;
import org.extranet.marketplace.partner.rest.ListJson;
import org.extranet.marketplace.partner.rest.RequestBodies;
import org.extranet.marketplace.partner.rest.Roles;

/** Partner organizations and their people; each caller sees their own, the operator all. */
@Path("organizations")
@Tag(name = "Organizations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.OPERATOR, Roles.BUYER, Roles.APPROVER, Roles.SUPPLIER, Roles.PARTNER_INTEGRATION})
public class OrganizationsResource {

  @Inject OrganizationDirectory directory;
  @Inject RegisterOrganization registerOrganization;
  @Inject AddMember addMember;
  @Context UriInfo uri;

  @GET
  @Operation(summary = "Organizations the caller may see (operator: all)")
  public ListJson<OrganizationJson> organizations() {
    return ListJson.of(directory.organizations().stream().map(OrganizationJson::of).toList());
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One organization; another organization's answers 404")
  public OrganizationJson organization(@PathParam("id") String id) {
    return OrganizationJson.of(directory.organization(id));
  }

  @POST
  @RolesAllowed(Roles.OPERATOR)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Register a partner organization (operator)")
  public Response register(RegisterOrganizationRequest request) {
    RequestBodies.require(request);
    OrganizationView created = registerOrganization.register(request.toRegistration());
    return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build())
        .entity(OrganizationJson.of(created))
        .build();
  }

  @GET
  @Path("{id}/members")
  @Operation(summary = "People of an organization the caller may see")
  public ListJson<MemberJson> members(@PathParam("id") String id) {
    return ListJson.of(directory.members(id).stream().map(MemberJson::of).toList());
  }

  @POST
  @Path("{id}/members")
  @RolesAllowed(Roles.OPERATOR)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Add a person to an organization (operator)")
  public Response addMember(@PathParam("id") String id, AddMemberRequest request) {
    RequestBodies.require(request);
    return Response.status(Response.Status.CREATED)
        .entity(MemberJson.of(addMember.add(id, request.toNewMember())))
        .build();
  }
}
