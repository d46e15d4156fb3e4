// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.metrics.cost;

import java.util.Optional;
import org.extranet.marketplace.ordering.ledger.OrderEventType;

/**
 * The kinds of work an order takes, as the cost model prices them. Each ledger step is one of these (or
 * none: the marketplace's own bookkeeping steps cost nothing but the platform's share).
 */
public enum Activity {
  /** Writing up or keying in the order (a requisition, a phoned or faxed order typed into a system). */
  ORDER_ENTRY,
  /** An approver deciding (by hand: a paper form routed for signature). */
  APPROVAL,
  /** Getting the order to the supplier (by hand: dialling, faxing, mailing it). */
  ORDER_TRANSMISSION,
  /** The supplier confirming the order (by hand: a confirmation call or a faxed acknowledgement). */
  ACKNOWLEDGEMENT,
  /** Telling the buyer what shipped (by hand: a packing list faxed or phoned through). */
  SHIPPING_NOTICE,
  /** Following a shipment (by hand: an expediting call). */
  TRACKING,
  /** Confirming what arrived (by hand: checking the delivery note against the order on paper). */
  RECEIPT,
  /** Invoicing and matching the invoice (by hand: a paper invoice keyed and matched). */
  INVOICE,
  /** Cancelling an order. */
  CANCELLATION,
  /** Redoing work: re-confirming changed prices, correcting an error. */
  CORRECTION;

  /** The activity a ledger step stands for; steps flagged as rework are corrections whatever their type. */
  public static Optional<Activity> of(OrderEventType type, boolean rework) {
    if (rework) {
      return Optional.of(CORRECTION);
    }
    return Optional.ofNullable(switch (type) {
      case SUBMITTED -> ORDER_ENTRY;
      case APPROVED, REJECTED -> APPROVAL;
      case PURCHASE_ORDER_SENT -> ORDER_TRANSMISSION;
      case PURCHASE_ORDER_ACCEPTED, PURCHASE_ORDER_PARTIALLY_ACCEPTED, PURCHASE_ORDER_REJECTED -> ACKNOWLEDGEMENT;
      case SHIPPED -> SHIPPING_NOTICE;
      case TRACKING_UPDATED, DELIVERED, DELIVERY_FAILED -> TRACKING;
      case RECEIPT_CONFIRMED, DIGITALLY_DELIVERED -> RECEIPT;
      case CANCELLED -> CANCELLATION;
      case PRICE_RECONFIRMED -> CORRECTION;
      case INVOICED -> INVOICE;
      case APPROVAL_REQUESTED, PLACED, INVOICE_REMATCHED, DIGITAL_DELIVERY_ISSUED -> null; // the marketplace's bookkeeping
    });
  }

  /** Whether the step sends a document to the other party (and so pays the medium's per-document fee). */
  public boolean sendsDocument() {
    return this == ORDER_TRANSMISSION || this == ACKNOWLEDGEMENT || this == SHIPPING_NOTICE || this == INVOICE;
  }
}
