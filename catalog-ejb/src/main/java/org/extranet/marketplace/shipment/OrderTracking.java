// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.shipment;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.extranet.marketplace.ordering.Orders;
import org.extranet.marketplace.ordering.ledger.ActorRole;
import org.extranet.marketplace.ordering.ledger.OrderEvent;
import org.extranet.marketplace.ordering.ledger.OrderEventType;

/**
 * An order's life as one timeline, oldest first: order → purchase orders → shipments → carrier events. The
 * carrier's events stand for the ledger's steps that recorded them (at the carrier's time, with the place),
 * so nothing shows twice. The buyer's order only (another organization's answers 404).
 */
@Stateless
public class OrderTracking {

  /** Ledger steps whose carrier event is on the timeline instead. */
  private static final Set<OrderEventType> SHOWN_AS_CARRIER_EVENTS =
      EnumSet.of(OrderEventType.TRACKING_UPDATED, OrderEventType.DELIVERED, OrderEventType.DELIVERY_FAILED);

  @Inject Orders orders;
  @Inject Shipments shipments;

  public List<TimelineEntry> timeline(Long orderId) {
    List<OrderEvent> steps = orders.events(orderId);
    Map<Long, ShipmentView> byId = shipments.ofOrder(orderId).stream()
        .collect(Collectors.toMap(ShipmentView::id, Function.identity()));
    List<Sequenced> entries = new ArrayList<>();
    steps.stream().filter(e -> !SHOWN_AS_CARRIER_EVENTS.contains(e.type()))
        .forEach(e -> entries.add(new Sequenced(ofStep(e, byId.get(e.shipmentId())), e.id())));
    byId.values().forEach(s -> {
      // each carrier event was recorded with one ledger step, in the same order: that step's id ranks it among
      // entries of the same instant (the database may keep whole seconds only)
      List<Long> recordedBy = steps.stream()
          .filter(e -> s.id().equals(e.shipmentId()) && SHOWN_AS_CARRIER_EVENTS.contains(e.type()))
          .map(OrderEvent::id).toList();
      List<ShipmentView.EventView> inRecordedOrder = s.eventsAsRecorded();
      for (int i = 0; i < inRecordedOrder.size(); i++) {
        entries.add(new Sequenced(ofCarrierEvent(s, inRecordedOrder.get(i)), i < recordedBy.size() ? recordedBy.get(i) : Long.MAX_VALUE));
      }
    });
    entries.sort(Comparator.comparing((Sequenced e) -> e.entry().at()).thenComparing(Sequenced::sequence));
    return entries.stream().map(Sequenced::entry).toList();
  }

  /** An entry and its rank among entries of the same instant: the id of the ledger step that recorded it. */
  private record Sequenced(TimelineEntry entry, long sequence) {}

  private static TimelineEntry ofStep(OrderEvent e, ShipmentView shipment) {
    return new TimelineEntry(e.occurredAt(), e.type().name(), e.purchaseOrderId(), e.shipmentId(), e.channel(),
        e.source(), e.actor(), e.actorRole(), e.automated(), e.timeOnTaskSeconds(), e.rework(), e.detail(),
        shipment == null ? null : shipment.carrier().name(), shipment == null ? null : shipment.trackingNumber(),
        shipment == null ? null : shipment.trackingUrl(), null);
  }

  private static TimelineEntry ofCarrierEvent(ShipmentView s, ShipmentView.EventView e) {
    return new TimelineEntry(e.at(), e.code().name(), s.purchaseOrderId(), s.id(), null, null, s.carrierLabel(),
        ActorRole.SUPPLIER, false, null, false, e.note(), s.carrier().name(), s.trackingNumber(), s.trackingUrl(),
        e.location());
  }
}
