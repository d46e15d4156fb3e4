// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.shipment;

import java.time.Instant;
import org.extranet.marketplace.ordering.ledger.ActorRole;
import org.extranet.marketplace.ordering.ledger.Channel;
import org.extranet.marketplace.ordering.ledger.ManualSource;

/**
 * One entry of an order's tracking timeline: a step of the order's ledger (type is the ledger's event type),
 * or a carrier's event of one of its shipments (type is the tracking code, with location). Shipping entries
 * name the carrier, the tracking number and, for carriers with a public page, the tracking link.
 */
public record TimelineEntry(Instant at, String type, Long purchaseOrderId, Long shipmentId, Channel channel,
    ManualSource source, String actor, ActorRole actorRole, boolean automated, Integer timeOnTaskSeconds,
    boolean rework, String detail, String carrier, String trackingNumber, String trackingUrl, String location) {}
