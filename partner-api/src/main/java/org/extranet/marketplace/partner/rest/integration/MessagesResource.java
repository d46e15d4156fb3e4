// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.partner.rest.integration;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.extranet.marketplace.integration.message.MessageLedger;
import org.extranet.marketplace.integration.message.PartnerMessage;
import org.extranet.marketplace.partner.rest.ListJson;
import org.extranet.marketplace.partner.rest.Roles;
import org.extranet.marketplace.shared.InvalidInputException;

/** The message ledger (API.md "Partner integration"): the operator sees every partner's, a partner its own. */
@Path("messages")
@Tag(name = "Partner integration")
@RolesAllowed({Roles.OPERATOR, Roles.PARTNER_INTEGRATION, Roles.BUYER, Roles.SUPPLIER})
public class MessagesResource {

  @Inject MessageLedger ledger;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Inbound and outbound documents, newest first, with status (raw content with GET /messages/{id})")
  public ListJson<MessageLedger.View> list(@QueryParam("direction") String direction, @QueryParam("status") String status,
      @QueryParam("page") String page, @QueryParam("size") String size) {
    ListJson.Paging paging = ListJson.paging(page, size);
    MessageLedger.Page found = ledger.list(parse(PartnerMessage.Direction.class, "direction", direction),
        parse(PartnerMessage.Status.class, "status", status), paging.page(), paging.size());
    return new ListJson<>(found.items(), found.total());
  }

  @GET
  @Path("{id}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "One message with its raw content and acknowledgement (another organization's → 404)")
  public MessageLedger.View message(@PathParam("id") long id) {
    return ledger.message(id);
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String field, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equalsIgnoreCase(text.strip())).findFirst()
        .orElseThrow(() -> InvalidInputException.of(field, "one of " + Arrays.toString(type.getEnumConstants())));
  }
}
