// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.partner.rest.ordering;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.extranet.marketplace.ordering.upstream.UpstreamPartners;
import org.extranet.marketplace.ordering.upstream.UpstreamTier;
import org.extranet.marketplace.partner.rest.ListJson;
import org.extranet.marketplace.partner.rest.RequestBodies;
import org.extranet.marketplace.partner.rest.Roles;
import org.extranet.marketplace.shared.InvalidInputException;

/** A supplier's upstream tiers: where the marketplace asks InventoryInquiry when the supplier is short. */
@Path("upstream-partners")
@Tag(name = "Ordering")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.SUPPLIER)
public class UpstreamPartnersResource {

  public record Partner(Long id, String tier, String name, String endpointUrl) {
    static Partner of(UpstreamPartners.View v) {
      return new Partner(v.id(), v.tier().name(), v.name(), v.endpointUrl());
    }
  }

  public record NewPartner(String tier, String name, String endpointUrl) {}

  @Inject UpstreamPartners partners;

  @GET
  @Operation(summary = "The caller's upstream partners")
  public ListJson<Partner> mine() {
    return ListJson.of(partners.mine().stream().map(Partner::of).toList());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Register a distributor or manufacturer and its InventoryInquiry endpoint")
  public Response register(NewPartner request) {
    RequestBodies.require(request);
    return Response.status(Response.Status.CREATED)
        .entity(Partner.of(partners.register(tier(request.tier()), request.name(), request.endpointUrl()))).build();
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Stop asking an upstream partner")
  public Response remove(@PathParam("id") long id) {
    partners.remove(id);
    return Response.noContent().build();
  }

  private static UpstreamTier tier(String tier) {
    try {
      return tier == null ? null : UpstreamTier.valueOf(tier.strip());
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.of("tier", "DISTRIBUTOR or MANUFACTURER");
    }
  }
}
