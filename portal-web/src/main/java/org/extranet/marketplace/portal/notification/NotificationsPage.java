// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.portal.notification;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.extranet.marketplace.notification.NotificationView;
import org.extranet.marketplace.notification.Notifications;
import org.extranet.marketplace.organization.Caller;
import org.extranet.marketplace.organization.MemberRole;


/** The bell in the top bar (unread count) and the notifications page, which marks what it shows as read. */
@Named("notificationsPage")
@RequestScoped
public class NotificationsPage {

  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  /** One notification with getters for Faces EL. */
  public static class Row {
    private final NotificationView n;
    private final boolean unread;

    Row(NotificationView n) {
      this.n = n;
      this.unread = n.readAt() == null;
    }

    public String getTitle() { return n.title(); }
    public String getBody() { return n.body(); }
    public String getAt() { return MINUTE.format(n.createdAt()); }
    public Long getOrderId() { return n.orderId(); }
    public Long getPurchaseOrderId() { return n.purchaseOrderId(); }
    public boolean isUnread() { return unread; }
  }

  @Inject Notifications notifications;
  @Inject Caller caller;

  private Long unread;
  private List<Row> rows;

  /** Unread notifications of the signed-in person's organization (none without one). */
  public long getUnread() {
    if (unread == null) {
      unread = caller.isEstablished() ? notifications.unread() : 0L;
    }
    return unread;
  }

  /** The newest 100; those unread so far are marked read now that they were shown. */
  public List<Row> getRows() {
    if (rows == null) {
      rows = notifications.inbox(false, 100).items().stream().map(Row::new).toList();
      notifications.inbox(true, 100).items().forEach(n -> notifications.read(n.id()));
      unread = 0L;
    }
    return rows;
  }

  /** Where a notification leads: the buyer's order, or the supplier's purchase order. */
  public String link(Row row) {
    return caller.hasRole(MemberRole.SUPPLIER) && !caller.hasRole(MemberRole.BUYER)
        ? "/portal/supplier/purchase-order.xhtml?id=" + row.getPurchaseOrderId()
        : "/portal/buyer/order.xhtml?id=" + row.getOrderId();
  }
}
