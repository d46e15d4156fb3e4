// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.partner.rest.integration;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.extranet.marketplace.integration.partner.PartnerProfiles;
import org.extranet.marketplace.partner.rest.RequestBodies;
import org.extranet.marketplace.partner.rest.Roles;

/** Partner profiles: channels and EDI identity per organization (operator-managed; a partner reads its own). */
@Path("partner-profiles")
@Tag(name = "Partner integration")
public class PartnerProfilesResource {

  @Inject PartnerProfiles profiles;

  @GET
  @RolesAllowed({Roles.OPERATOR, Roles.PARTNER_INTEGRATION, Roles.BUYER, Roles.SUPPLIER})
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Every profile (operator) or the caller's organization's")
  public List<PartnerProfiles.View> list() {
    return profiles.list();
  }

  @PUT
  @Path("{organizationId}")
  @RolesAllowed(Roles.OPERATOR)
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Set an organization's channels, EDI id (unique; 409 when another has it) and endpoint")
  public PartnerProfiles.View save(@PathParam("organizationId") String organizationId, PartnerProfiles.Settings settings) {
    RequestBodies.require(settings);
    return profiles.save(organizationId, settings);
  }
}
