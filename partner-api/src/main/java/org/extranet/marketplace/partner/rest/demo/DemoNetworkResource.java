// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.partner.rest.demo;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.extranet.marketplace.demo.DemoNetwork;
import org.extranet.marketplace.demo.DemoProgress;
import org.extranet.marketplace.partner.rest.Roles;
import org.extranet.marketplace.shared.NotFoundException;

/**
 * Loads the demo network of API.md (bin/marketplace start calls it). Exists only where
 * `marketplace.demo.enabled` is true; elsewhere it answers 404.
 */
@Path("demo-network")
@Tag(name = "Demo network")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.OPERATOR)
public class DemoNetworkResource {

  @Inject DemoNetwork demoNetwork;

  @GET
  @Operation(summary = "Progress of loading the demo network")
  public DemoProgress progress() {
    requireEnabled();
    return demoNetwork.progress();
  }

  @POST
  @Operation(summary = "Start loading the demo network: 202 while it loads, 200 when it already is")
  public Response load() {
    requireEnabled();
    if (demoNetwork.progress().state() == DemoProgress.State.DONE) {
      return Response.ok(demoNetwork.progress()).build();
    }
    DemoProgress started = demoNetwork.begin();
    demoNetwork.load();
    return Response.accepted(started).build();
  }

  private void requireEnabled() {
    if (!demoNetwork.isEnabled()) {
      throw new NotFoundException("Demo network", "(disabled here)");
    }
  }
}
