// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.partner.rest.notification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.extranet.marketplace.notification.NotificationView;
import org.extranet.marketplace.notification.Notifications;
import org.extranet.marketplace.partner.rest.Roles;

/** The caller's organization's notifications (its orders acknowledged, shipped, delivered, failed, received, invoiced). */
@Path("notifications")
@Tag(name = "Notifications")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.BUYER, Roles.APPROVER, Roles.SUPPLIER, Roles.PARTNER_INTEGRATION, Roles.OPERATOR})
public class NotificationsResource {

  public record Item(Long id, Long orderId, Long purchaseOrderId, String step, String title, String body,
      Instant createdAt, Instant readAt) {
    static Item of(NotificationView n) {
      return new Item(n.id(), n.orderId(), n.purchaseOrderId(), n.step(), n.title(), n.body(), n.createdAt(), n.readAt());
    }
  }

  public record Inbox(List<Item> items, long unread) {}

  @Inject Notifications notifications;

  @GET
  @Operation(summary = "Newest first (at most 200; unread=true for the unread ones only), with the unread count")
  public Inbox inbox(@QueryParam("unread") boolean unreadOnly, @QueryParam("max") Integer max) {
    Notifications.Inbox inbox = notifications.inbox(unreadOnly, max == null ? 50 : max);
    return new Inbox(inbox.items().stream().map(Item::of).toList(), inbox.unread());
  }

  @POST
  @Path("{id}/read")
  @Operation(summary = "Mark one read (another organization's answers 404)")
  public Item read(@PathParam("id") long id) {
    return Item.of(notifications.read(id));
  }
}
