// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.partner.rest.ordering;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.extranet.marketplace.ordering.ledger.Channel;
import org.extranet.marketplace.partner.rest.ListJson;
import org.extranet.marketplace.partner.rest.Roles;
import org.extranet.marketplace.shipment.digital.MySoftware;
import org.extranet.marketplace.shipment.digital.SoftwareView;

/** The buyer organization's software delivered online: licence keys, download and training links. */
@Path("software")
@Tag(name = "Ordering")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.BUYER, Roles.APPROVER, Roles.PARTNER_INTEGRATION})
public class SoftwareResource {

  /** {@code keys} masked in the list; {@code keysWaiting} still to come from the supplier's pool. */
  public record Software(Long id, Long orderId, Long purchaseOrderId, Long productId, String productName,
      String licenceType, String downloadUrl, String trainingUrl, int units, List<String> keys, int keysWaiting,
      Instant createdAt, Instant deliveredAt) {
    static Software of(SoftwareView s) {
      return new Software(s.id(), s.orderId(), s.purchaseOrderId(), s.productId(), s.productName(), s.licenceType(),
          s.downloadUrl(), s.trainingUrl(), s.units(), s.keys(), s.keysWaiting(), s.createdAt(), s.deliveredAt());
    }
  }

  @Inject MySoftware software;

  @GET
  @Operation(summary = "Digital deliveries, newest first (keys masked: open one to see them)")
  public ListJson<Software> list() {
    return ListJson.of(software.list().stream().map(Software::of).toList());
  }

  @GET
  @Path("{id}")
  @Operation(summary = "Open one: its keys and links; the first opening is its delivery")
  public Software open(@PathParam("id") long id) {
    return Software.of(software.open(id, Channel.REST));
  }
}
