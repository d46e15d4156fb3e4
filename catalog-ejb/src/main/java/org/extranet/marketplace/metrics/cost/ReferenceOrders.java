// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.metrics.cost;

import static org.extranet.marketplace.ordering.ledger.ActorRole.BUYER;
import static org.extranet.marketplace.ordering.ledger.ActorRole.PARTNER_SYSTEM;
import static org.extranet.marketplace.ordering.ledger.ActorRole.SUPPLIER;
import static org.extranet.marketplace.ordering.ledger.ActorRole.SYSTEM;
import static org.extranet.marketplace.ordering.ledger.Channel.EDI;
import static org.extranet.marketplace.ordering.ledger.Channel.MANUAL;
import static org.extranet.marketplace.ordering.ledger.Channel.PORTAL;
import static org.extranet.marketplace.ordering.ledger.ManualSource.FAX;
import static org.extranet.marketplace.ordering.ledger.ManualSource.PHONE;
import static org.extranet.marketplace.ordering.ledger.OrderEventType.DELIVERED;
import static org.extranet.marketplace.ordering.ledger.OrderEventType.INVOICED;
import static org.extranet.marketplace.ordering.ledger.OrderEventType.PLACED;
import static org.extranet.marketplace.ordering.ledger.OrderEventType.PURCHASE_ORDER_ACCEPTED;
import static org.extranet.marketplace.ordering.ledger.OrderEventType.PURCHASE_ORDER_SENT;
import static org.extranet.marketplace.ordering.ledger.OrderEventType.RECEIPT_CONFIRMED;
import static org.extranet.marketplace.ordering.ledger.OrderEventType.SHIPPED;
import static org.extranet.marketplace.ordering.ledger.OrderEventType.SUBMITTED;
import static org.extranet.marketplace.ordering.ledger.OrderEventType.TRACKING_UPDATED;

import java.util.List;

/**
 * The two orders the default cost model is calibrated on (README "Per-order cost"): the source case's
 * fully manual order (about $150) and a fully electronic one (about $25). The manual one is also the
 * baseline every order's savings are measured against.
 */
final class ReferenceOrders {

  static final List<CostedStep> FULLY_MANUAL = List.of(
      CostedStep.reference(SUBMITTED, BUYER, MANUAL, PHONE, false),                   // written up and phoned in
      CostedStep.reference(SUBMITTED, SUPPLIER, MANUAL, PHONE, false),                // keyed by the order desk
      CostedStep.reference(PURCHASE_ORDER_ACCEPTED, SUPPLIER, MANUAL, FAX, false),    // faxed acknowledgement
      CostedStep.reference(SHIPPED, SUPPLIER, MANUAL, FAX, false),                    // faxed packing list
      CostedStep.reference(TRACKING_UPDATED, BUYER, MANUAL, PHONE, false),            // expediting call
      CostedStep.reference(RECEIPT_CONFIRMED, BUYER, MANUAL, PHONE, false),           // delivery note checked on paper
      CostedStep.reference(INVOICED, SUPPLIER, MANUAL, FAX, false));                                     // paper invoice keyed and matched

  static final List<CostedStep> FULLY_ELECTRONIC = List.of(
      CostedStep.reference(SUBMITTED, BUYER, PORTAL, null, false),
      CostedStep.reference(PLACED, SYSTEM, org.extranet.marketplace.ordering.ledger.Channel.SYSTEM, null, true),
      CostedStep.reference(PURCHASE_ORDER_SENT, SYSTEM, EDI, null, true),
      CostedStep.reference(PURCHASE_ORDER_ACCEPTED, SUPPLIER, PORTAL, null, false),
      CostedStep.reference(SHIPPED, SUPPLIER, PORTAL, null, false),
      CostedStep.reference(TRACKING_UPDATED, PARTNER_SYSTEM, EDI, null, true),
      CostedStep.reference(DELIVERED, SUPPLIER, PORTAL, null, false),
      CostedStep.reference(RECEIPT_CONFIRMED, BUYER, PORTAL, null, false),
      CostedStep.reference(INVOICED, SUPPLIER, PORTAL, null, false));

  private ReferenceOrders() {}
}
