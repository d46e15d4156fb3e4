// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.notification;

import java.time.Instant;

/** Read model of a notification. */
public record NotificationView(Long id, Long orderId, Long purchaseOrderId, String step, String title, String body,
    Instant createdAt, Instant readAt) {

  static NotificationView of(Notification n) {
    return new NotificationView(n.id(), n.orderId(), n.purchaseOrderId(), n.step(), n.title(), n.body(), n.createdAt(), n.readAt());
  }
}
