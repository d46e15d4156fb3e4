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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.extranet.marketplace.partner.rest.RequestBodies;
import org.extranet.marketplace.partner.rest.Roles;
import org.extranet.marketplace.shipment.digital.LicenceKeyPool;

/** A supplier's licence-key pool for one of its DIGITAL products. */
@Path("products/{id}/licence-keys")
@Tag(name = "Ordering")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SUPPLIER, Roles.PARTNER_INTEGRATION})
public class LicenceKeysResource {

  public record Keys(List<String> keys) {}

  @Inject LicenceKeyPool pool;

  @GET
  @Operation(summary = "How many keys are available and issued")
  public LicenceKeyPool.Counts counts(@PathParam("id") long productId) {
    return pool.counts(productId);
  }

  @POST
  @Consumes({"text/csv", MediaType.TEXT_PLAIN})
  @Operation(summary = "Add keys, one per line (a CSV of one column): all or none, 422 naming each bad line")
  public LicenceKeyPool.Counts upload(@PathParam("id") long productId, String lines) {
    return pool.upload(productId, lines == null ? List.of() : lines.lines().toList());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Add keys given as {\"keys\": [...]}")
  public LicenceKeyPool.Counts upload(@PathParam("id") long productId, Keys keys) {
    RequestBodies.require(keys);
    return pool.upload(productId, keys.keys() == null ? List.of() : keys.keys());
  }
}
