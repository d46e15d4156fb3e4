// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.shipment;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.extranet.marketplace.ordering.PurchaseOrder;
import org.extranet.marketplace.organization.TenantOwned;
import org.extranet.marketplace.shared.ConflictException;
import org.extranet.marketplace.shared.InvalidInputException;
import org.extranet.marketplace.shared.RejectedDocumentException;

/**
 * One consignment of a purchase order with one carrier's tracking number: its lines, the carrier's events,
 * the delivery outcome and the buyer's receipt. Seen by the buyer and the supplier of the purchase order.
 */
@Entity
@Table(name = "shipment")
public class Shipment implements TenantOwned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "purchase_order_id")
  private PurchaseOrder purchaseOrder;

  @Column(name = "order_id", nullable = false)
  private Long orderId;

  @Column(name = "supplier_id", nullable = false, length = 36)
  private String supplierId;

  @Column(name = "buyer_id", nullable = false, length = 36)
  private String buyerId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Carrier carrier;

  @Column(name = "tracking_number", nullable = false, length = 64)
  private String trackingNumber;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ShipmentStatus status;

  @Column(name = "shipped_at", nullable = false)
  private Instant shippedAt;

  @Column(name = "shipped_by", length = 254)
  private String shippedBy;

  /** Why a FAILED shipment failed. */
  @Column(name = "outcome_reason", length = 1000)
  private String outcomeReason;

  @Column(name = "received_at")
  private Instant receivedAt;

  @Column(name = "received_by", length = 254)
  private String receivedBy;

  @ElementCollection
  @CollectionTable(name = "shipment_line", joinColumns = @JoinColumn(name = "shipment_id"))
  private List<ShippedLine> lines = new ArrayList<>();

  @OneToMany(mappedBy = "shipment", cascade = CascadeType.ALL)
  @OrderBy("occurredAt, id")
  private List<TrackingEvent> events = new ArrayList<>();

  @Version private long version;

  protected Shipment() {} // for JPA only

  Shipment(PurchaseOrder po, Carrier carrier, String trackingNumber, Map<Long, Integer> unitsByLine, Instant at, String by) {
    this.purchaseOrder = po;
    this.orderId = po.order().id();
    this.supplierId = po.supplierId();
    this.buyerId = po.buyerId();
    this.carrier = carrier;
    this.trackingNumber = trackingNumber;
    this.status = ShipmentStatus.SHIPPED;
    this.shippedAt = at;
    this.shippedBy = by;
    unitsByLine.forEach((line, units) -> lines.add(new ShippedLine(line, units)));
  }

  /**
   * Records what the carrier reported. Nothing after the outcome (409); nothing dated before the shipment
   * left (422); a failure needs its reason (400). An event reported late does not move the status back.
   */
  TrackingEvent record(TrackingCode code, Instant at, String location, String note, Instant now, String by) {
    if (status.isOutcome()) {
      throw new ConflictException("shipment " + id + " is already " + status);
    }
    if (code == TrackingCode.FAILED && (note == null || note.isBlank())) {
      throw InvalidInputException.of("note", "say why the delivery failed");
    }
    if (at.isBefore(shippedAt)) {
      throw new RejectedDocumentException("The event is dated before its shipment.",
          List.of(new RejectedDocumentException.LineError(0, "at", at + " is before the shipment left at " + shippedAt)));
    }
    TrackingEvent event = new TrackingEvent(this, code, at, location, note, now, by);
    boolean latest = events.stream().noneMatch(e -> e.occurredAt().isAfter(at));
    events.add(event);
    if (latest || code.status().isOutcome()) {
      status = code.status();
    }
    if (code == TrackingCode.FAILED) {
      outcomeReason = note.strip();
      purchaseOrder.shipmentFailed(unitsByLine());
    }
    return event;
  }

  /**
   * The buyer's receipt, once (409 again or after a failure): units per line of this shipment, none more
   * than shipped (422). Lines left out were not received.
   */
  void receive(Map<Long, Integer> received, Instant at, String by) {
    if (receivedAt != null) {
      throw new ConflictException("shipment " + id + " was already received on " + receivedAt);
    }
    if (status == ShipmentStatus.FAILED) {
      throw new ConflictException("shipment " + id + " failed; there is nothing to receive");
    }
    List<RejectedDocumentException.LineError> bad = new ArrayList<>();
    int index = 0;
    for (var e : received.entrySet()) {
      index++;
      ShippedLine line = lines.stream().filter(l -> l.orderLineId().equals(e.getKey())).findFirst().orElse(null);
      if (line == null) {
        bad.add(new RejectedDocumentException.LineError(index, "lineId", "not in shipment " + id));
      } else if (e.getValue() == null || e.getValue() < 0 || e.getValue() > line.quantity()) {
        bad.add(new RejectedDocumentException.LineError(index, "quantity", "between 0 and the " + line.quantity() + " shipped"));
      }
    }
    if (!bad.isEmpty()) {
      throw new RejectedDocumentException("The receipt does not fit the shipment.", bad);
    }
    lines.forEach(l -> l.received(received.getOrDefault(l.orderLineId(), 0)));
    receivedAt = at;
    receivedBy = by;
    purchaseOrder.received(received);
  }

  /** Order line id → units, in the shipment's order. */
  public Map<Long, Integer> unitsByLine() {
    Map<Long, Integer> units = new LinkedHashMap<>();
    lines.forEach(l -> units.put(l.orderLineId(), l.quantity()));
    return units;
  }

  @Override
  public boolean isVisibleTo(String organizationId) {
    return buyerId.equals(organizationId) || supplierId.equals(organizationId);
  }

  public Long id() { return id; }
  public PurchaseOrder purchaseOrder() { return purchaseOrder; }
  public Long orderId() { return orderId; }
  public String supplierId() { return supplierId; }
  public String buyerId() { return buyerId; }
  public Carrier carrier() { return carrier; }
  public String trackingNumber() { return trackingNumber; }
  public ShipmentStatus status() { return status; }
  public Instant shippedAt() { return shippedAt; }
  public String shippedBy() { return shippedBy; }
  public String outcomeReason() { return outcomeReason; }
  public Instant receivedAt() { return receivedAt; }
  public String receivedBy() { return receivedBy; }
  public List<ShippedLine> lines() { return List.copyOf(lines); }
  /** In the time they happened (a late report sits where it belongs), ties in the order recorded. */
  public List<TrackingEvent> events() {
    return events.stream().sorted(java.util.Comparator.comparing(TrackingEvent::occurredAt)).toList();
  }
}
