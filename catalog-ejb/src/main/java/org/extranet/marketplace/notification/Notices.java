// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.notification;

import java.util.Map;
import java.util.Optional;
import org.extranet.marketplace.ordering.ledger.OrderEventType;

/**
 * Which ledger steps are worth telling whom, and how they read. The buyer hears what its suppliers and
 * their carriers did; the supplier hears that the buyer received the goods (and so may invoice).
 */
final class Notices {

  enum Audience { BUYER, SUPPLIER }

  /** @param title with {@code %s} for the purchase order's other party and {@code %d} for the purchase order */
  record Notice(Audience audience, String title) {}

  private static final Map<OrderEventType, Notice> BY_STEP = Map.of(
      OrderEventType.DIGITAL_DELIVERY_ISSUED, new Notice(Audience.BUYER, "Software from %s is ready under purchase order %d (My software)"),
      OrderEventType.PURCHASE_ORDER_ACCEPTED, new Notice(Audience.BUYER, "%s accepted purchase order %d"),
      OrderEventType.PURCHASE_ORDER_PARTIALLY_ACCEPTED, new Notice(Audience.BUYER, "%s accepted part of purchase order %d; the rest is promised"),
      OrderEventType.PURCHASE_ORDER_REJECTED, new Notice(Audience.BUYER, "%s rejected purchase order %d"),
      OrderEventType.SHIPPED, new Notice(Audience.BUYER, "%s shipped purchase order %d"),
      OrderEventType.DELIVERED, new Notice(Audience.BUYER, "Delivered: a shipment of %s for purchase order %d"),
      OrderEventType.DELIVERY_FAILED, new Notice(Audience.BUYER, "Delivery failed: a shipment of %s for purchase order %d"),
      OrderEventType.RECEIPT_CONFIRMED, new Notice(Audience.SUPPLIER, "%s confirmed receipt for purchase order %d"),
      OrderEventType.INVOICED, new Notice(Audience.BUYER, "%s invoiced purchase order %d"));

  private Notices() {}

  static Optional<Notice> of(OrderEventType step) {
    return Optional.ofNullable(BY_STEP.get(step));
  }
}
