// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.partner.rest.demo;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
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

  private static final int MAX_WAIT_SECONDS = 60;

  @GET
  @Operation(summary = "Progress of loading the demo network; ?wait=N holds the answer up to N seconds until loading ends")
  public DemoProgress progress(@QueryParam("wait") @DefaultValue("0") int waitSeconds) {
    requireEnabled();
    int wait = Math.max(0, Math.min(waitSeconds, MAX_WAIT_SECONDS));
    return wait == 0 ? demoNetwork.progress() : demoNetwork.awaitSettled(Duration.ofSeconds(wait));
  }

  @POST
  @Operation(summary = "Start loading the demo network: 202 while it loads, 200 when it already is")
  public Response load() {
    requireEnabled();
    DemoProgress progress = demoNetwork.start();
    return Response.status(progress.state() == DemoProgress.State.DONE ? Response.Status.OK : Response.Status.ACCEPTED)
        .entity(progress)
        .build();
  }

  private void requireEnabled() {
    if (!demoNetwork.isEnabled()) {
      throw new NotFoundException("Demo network", "(disabled here)");
    }
  }
}
