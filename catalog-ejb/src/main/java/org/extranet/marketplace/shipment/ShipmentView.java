// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.shipment;

import java.time.Instant;
import java.util.List;

/** Read model of a shipment: its lines, the carrier's events in time order, the outcome and the receipt. */
public record ShipmentView(Long id, Long purchaseOrderId, Long orderId, String supplierId, String buyerId,
    Carrier carrier, String trackingNumber, String trackingUrl, ShipmentStatus status, Instant shippedAt,
    String shippedBy, String outcomeReason, Instant receivedAt, String receivedBy, List<LineView> lines,
    List<EventView> events) {

  /** The carrier events in the order they were recorded (ids), whatever time each names. */
  List<EventView> eventsAsRecorded() {
    return events.stream().sorted(java.util.Comparator.comparing(EventView::recordedAs)).toList();
  }

  /** @param receivedQuantity null until the buyer confirms the receipt */
  public record LineView(Long lineId, int lineNumber, String sku, String name, int quantity, Integer receivedQuantity) {}

  /** @param recordedAs the event's id: the order events were recorded in */
  public record EventView(TrackingCode code, Instant at, String location, String note, Long recordedAs) {}

  public String carrierLabel() {
    return carrier.label();
  }

  static ShipmentView of(Shipment s) {
    var poLines = s.purchaseOrder().lines();
    List<LineView> lines = s.lines().stream().map(l -> poLines.stream().filter(pl -> pl.id().equals(l.orderLineId()))
        .findFirst()
        .map(pl -> new LineView(pl.id(), pl.lineNumber(), pl.sku(), pl.name(), l.quantity(), l.receivedQuantity()))
        .orElseThrow()).toList();
    return new ShipmentView(s.id(), s.purchaseOrder().id(), s.orderId(), s.supplierId(), s.buyerId(), s.carrier(),
        s.trackingNumber(), s.carrier().trackingUrl(s.trackingNumber()).orElse(null), s.status(), s.shippedAt(),
        s.shippedBy(), s.outcomeReason(), s.receivedAt(), s.receivedBy(), lines,
        s.events().stream().map(e -> new EventView(e.code(), e.occurredAt(), e.location(), e.note(), e.id())).toList());
  }
}
