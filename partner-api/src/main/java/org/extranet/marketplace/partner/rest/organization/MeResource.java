// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.partner.rest.organization;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.extranet.marketplace.organization.WhoAmI;
import org.extranet.marketplace.partner.rest.Roles;

@Path("me")
@Tag(name = "Me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

  @Inject WhoAmI whoAmI;

  @GET
  @RolesAllowed({Roles.OPERATOR, Roles.BUYER, Roles.APPROVER, Roles.SUPPLIER, Roles.PARTNER_INTEGRATION})
  @Operation(summary = "The caller: e-mail, organization, roles and spending limit")
  public MeJson me() {
    return MeJson.of(whoAmI.whoAmI());
  }
}
