// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.partner.rest.ordering;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.extranet.marketplace.ordering.Acknowledgement;
import org.extranet.marketplace.shared.InvalidInputException;
import org.extranet.marketplace.shipment.NewShipment;
import org.extranet.marketplace.shipment.ShipmentView;
import org.extranet.marketplace.shipment.TimelineEntry;
import org.extranet.marketplace.shipment.TrackingCode;
import org.extranet.marketplace.shipment.TrackingReport;

/** Fulfilment on the wire (API.md "Ordering", supplier part): acknowledgements, shipments, tracking. */
public final class FulfilmentJson {

  private FulfilmentJson() {}

  /** POST /purchase-orders/{id}/acknowledgement. */
  public record AcknowledgementRequest(String decision, List<AcknowledgedLine> lines, LocalDate promisedDate, String reason) {
    Acknowledgement toAcknowledgement() {
      return new Acknowledgement(parsedDecision(), lines == null ? null : lines.stream()
          .map(l -> l == null ? null : new Acknowledgement.LineDecision(l.lineId(), l.quantity(), l.promisedDate())).toList(),
          promisedDate, reason);
    }

    private Acknowledgement.Decision parsedDecision() {
      try {
        return decision == null ? null : Acknowledgement.Decision.valueOf(decision.strip());
      } catch (IllegalArgumentException e) {
        throw InvalidInputException.of("decision", "ACCEPT, REJECT or PARTIAL");
      }
    }
  }

  /** {@code quantity}: units that ship now; the rest follows by {@code promisedDate}. */
  public record AcknowledgedLine(Long lineId, Integer quantity, LocalDate promisedDate) {}

  /** POST /purchase-orders/{id}/shipments. */
  public record ShipmentRequest(String carrier, String trackingNumber, List<ShippedUnits> lines) {
    NewShipment toShipment() {
      return new NewShipment(carrier, trackingNumber, lines == null ? null : lines.stream()
          .map(l -> l == null ? null : new NewShipment.Line(l.lineId(), l.quantity())).toList());
    }
  }

  /** A line of a shipment or of a receipt. */
  public record ShippedUnits(Long lineId, Integer quantity) {}

  /** POST /shipments/{id}/events. */
  public record EventRequest(String code, Instant at, String location, String note) {
    TrackingReport toReport() {
      try {
        return new TrackingReport(code == null ? null : TrackingCode.valueOf(code.strip()), at, location, note);
      } catch (IllegalArgumentException e) {
        throw InvalidInputException.of("code", "IN_TRANSIT, OUT_FOR_DELIVERY, DELIVERED or FAILED");
      }
    }
  }

  /** POST /shipments/{id}/receipt; no lines: everything the shipment carried arrived. */
  public record ReceiptRequest(List<ShippedUnits> lines) {
    Map<Long, Integer> received() {
      if (lines == null) {
        return null;
      }
      Map<Long, Integer> units = new java.util.LinkedHashMap<>();
      for (int i = 0; i < lines.size(); i++) {
        ShippedUnits l = lines.get(i);
        if (l == null || l.lineId() == null || l.quantity() == null) {
          throw InvalidInputException.of("lines[" + i + "]", "lineId and quantity are required");
        }
        units.merge(l.lineId(), l.quantity(), Integer::sum);
      }
      return units;
    }
  }

  public record Shipment(Long id, Long purchaseOrderId, Long orderId, String carrier, String carrierName,
      String trackingNumber, String trackingUrl, String status, Instant shippedAt, String shippedBy,
      String outcomeReason, Instant receivedAt, String receivedBy, List<Line> lines, List<Event> events) {
    static Shipment of(ShipmentView s) {
      return new Shipment(s.id(), s.purchaseOrderId(), s.orderId(), s.carrier().name(), s.carrierLabel(),
          s.trackingNumber(), s.trackingUrl(), s.status().name(), s.shippedAt(), s.shippedBy(), s.outcomeReason(),
          s.receivedAt(), s.receivedBy(),
          s.lines().stream().map(l -> new Line(l.lineId(), l.lineNumber(), l.sku(), l.name(), l.quantity(), l.receivedQuantity())).toList(),
          s.events().stream().map(e -> new Event(e.code().name(), e.at(), e.location(), e.note())).toList());
    }
  }

  public record Line(Long lineId, int lineNumber, String sku, String name, int quantity, Integer receivedQuantity) {}

  public record Event(String code, Instant at, String location, String note) {}

  /**
   * One entry of GET /orders/{id}/tracking: a ledger step (type = the step) or a carrier event (type = the
   * tracking code, with location; channel null). The fields of the ledger steps are as before fulfilment.
   */
  public record TimelineJson(String type, Instant at, String channel, String source, String actor, String actorRole,
      boolean automated, Integer timeOnTaskSeconds, boolean rework, Long purchaseOrderId, String detail,
      Long shipmentId, String carrier, String trackingNumber, String trackingUrl, String location) {
    static TimelineJson of(TimelineEntry e) {
      return new TimelineJson(e.type(), e.at(), e.channel() == null ? null : e.channel().name(),
          e.source() == null ? null : e.source().name(), e.actor(), e.actorRole().name(), e.automated(),
          e.timeOnTaskSeconds(), e.rework(), e.purchaseOrderId(), e.detail(), e.shipmentId(), e.carrier(),
          e.trackingNumber(), e.trackingUrl(), e.location());
    }
  }
}
