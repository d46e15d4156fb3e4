// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.partner.rest.integration;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.extranet.marketplace.integration.edi.InboundInterchanges;
import org.extranet.marketplace.integration.message.MessageLedger;
import org.extranet.marketplace.partner.rest.Roles;

/** EDI over HTTP (API.md "Partner integration"): an X12 interchange in, its 997 out. */
@Path("edi/interchanges")
@Tag(name = "Partner integration")
public class EdiInterchangesResource {

  static final String X12 = "application/EDI-X12";

  @Inject InboundInterchanges interchanges;
  @Inject MessageLedger ledger;

  @POST
  @RolesAllowed(Roles.PARTNER_INTEGRATION)
  @Consumes({X12, MediaType.TEXT_PLAIN})
  @Produces(X12)
  @Operation(summary = "An X12 interchange (the partner client's token); answers its 997, archived first; a resend (same sender and control number) gets the same 997 and creates nothing")
  public Response receive(byte[] interchange) {
    InboundInterchanges.Answer answer = interchanges.receive(interchange == null ? new byte[0] : interchange);
    return Response.ok(answer.acknowledgement(), X12)
        .header("X-Message-Id", answer.messageId())
        .header("X-Message-Status", answer.status().name())
        .build();
  }

  @GET
  @Path("{id}")
  @RolesAllowed({Roles.OPERATOR, Roles.PARTNER_INTEGRATION, Roles.BUYER, Roles.SUPPLIER})
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "What became of an interchange: status, orders created, the acknowledgement (another organization's → 404)")
  public MessageLedger.View interchange(@PathParam("id") long id) {
    return ledger.message(id);
  }
}
