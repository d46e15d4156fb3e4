// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.ordering;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.extranet.marketplace.organization.TenantOwned;
import org.extranet.marketplace.shared.ConflictException;
import org.extranet.marketplace.shared.Money;
import org.extranet.marketplace.shared.RejectedDocumentException;

/** One supplier's part of an order: its lines, their total, and where it stands with the supplier. */
@Entity
@Table(name = "purchase_order")
public class PurchaseOrder implements TenantOwned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "order_id")
  private Order order;

  @Column(name = "supplier_id", nullable = false, length = 36)
  private String supplierId;

  @Column(name = "buyer_id", nullable = false, length = 36)
  private String buyerId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private PurchaseOrderStatus status;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "amount", column = @Column(name = "total_amount")),
    @AttributeOverride(name = "currency", column = @Column(name = "total_currency"))
  })
  private Money total;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  @OneToMany(mappedBy = "purchaseOrder", cascade = CascadeType.ALL)
  @OrderBy("lineNumber")
  private List<OrderLine> lines = new ArrayList<>();

  @Column(name = "acknowledged_at")
  private Instant acknowledgedAt;

  @Column(name = "acknowledged_by", length = 254)
  private String acknowledgedBy;

  @Column(name = "rejection_reason", length = 1000)
  private String rejectionReason;

  @Version private long version;

  protected PurchaseOrder() {} // for JPA only

  PurchaseOrder(Order order, String supplierId, Money total, Instant at) {
    this.order = order;
    this.supplierId = supplierId;
    this.buyerId = order.buyerId();
    this.total = total;
    this.createdAt = at;
    this.status = PurchaseOrderStatus.QUEUED;
  }

  void add(OrderLine line) {
    lines.add(line);
  }

  void awaitApproval() {
    status = PurchaseOrderStatus.AWAITING_APPROVAL;
  }

  void queue() {
    status = PurchaseOrderStatus.QUEUED;
  }

  /** Delivered to the supplier's channel; false when it was cancelled meanwhile (nothing to deliver). */
  boolean markSent(Instant at) {
    if (status != PurchaseOrderStatus.QUEUED) {
      return false;
    }
    status = PurchaseOrderStatus.SENT;
    sentAt = at;
    return true;
  }

  void requireCancellable() {
    if (status == PurchaseOrderStatus.CANCELLED || status == PurchaseOrderStatus.REJECTED) {
      return; // nothing left to cancel: the buyer may still cancel the rest of the order
    }
    if (status != PurchaseOrderStatus.AWAITING_APPROVAL && status != PurchaseOrderStatus.QUEUED
        && status != PurchaseOrderStatus.SENT) {
      throw new ConflictException("purchase order " + id + " is already " + status + " by its supplier");
    }
  }

  /** A purchase order its supplier rejected stays REJECTED (its stock went back then). */
  void cancel() {
    if (status != PurchaseOrderStatus.REJECTED) {
      status = PurchaseOrderStatus.CANCELLED;
    }
  }

  /** Still holds the stock its lines reserved: not given back by a rejection. */
  boolean holdsStock() {
    return status != PurchaseOrderStatus.REJECTED;
  }

  /** The supplier's answer; once only (409 after). */
  void acknowledge(Acknowledgement answer, String by, Instant at, LocalDate today) {
    if (!status.awaitsAcknowledgement()) {
      throw new ConflictException("purchase order " + id + " is already " + status);
    }
    answer.perLine(lines, today).forEach((line, a) -> line.acknowledge(a.accepted(), a.promised()));
    status = switch (answer.decision()) {
      case ACCEPT -> PurchaseOrderStatus.ACCEPTED;
      case REJECT -> PurchaseOrderStatus.REJECTED;
      case PARTIAL -> PurchaseOrderStatus.PARTIALLY_ACCEPTED;
    };
    rejectionReason = answer.decision() == Acknowledgement.Decision.REJECT ? answer.reason().strip() : null;
    acknowledgedAt = at;
    acknowledgedBy = by;
  }

  /**
   * Records units leaving in one shipment: only once acknowledged (409), at least one unit per line and no
   * more than ordered minus shipped (422, every bad line named).
   *
   * @param unitsByLine order line id → units, in the order the shipment listed them
   */
  public void ship(LinkedHashMap<Long, Integer> unitsByLine) {
    if (!status.isShippable()) {
      throw new ConflictException("purchase order " + id + " is " + status + "; it ships once accepted");
    }
    if (unitsByLine.isEmpty()) {
      throw new RejectedDocumentException("The shipment does not fit what is left to ship.",
          List.of(new RejectedDocumentException.LineError(0, "lines", "a shipment carries at least one line")));
    }
    apply(unitsByLine, OrderLine::toShip, "still to ship", "The shipment does not fit what is left to ship.", OrderLine::shipped);
  }

  /**
   * Records units invoiced: no more than shipped (failed shipments not counted) minus already invoiced (422,
   * every bad line named).
   */
  public void invoice(Map<Long, Integer> unitsByLine) {
    apply(unitsByLine, OrderLine::toInvoice, "shipped and not yet invoiced", "The invoice bills more than was shipped.",
        OrderLine::invoiced);
  }

  /**
   * Checks units per line against what a line has left ({@code available}) and applies them all, or refuses
   * them all (422) naming each bad line (1-based, in the request's order).
   */
  private void apply(Map<Long, Integer> unitsByLine, java.util.function.ToIntFunction<OrderLine> available, String left,
      String refusal, java.util.function.ObjIntConsumer<OrderLine> record) {
    Map<Long, OrderLine> byId = new HashMap<>();
    lines.forEach(l -> byId.put(l.id(), l));
    List<RejectedDocumentException.LineError> bad = new ArrayList<>();
    int index = 0;
    for (var e : unitsByLine.entrySet()) {
      index++;
      OrderLine line = byId.get(e.getKey());
      if (line == null) {
        bad.add(new RejectedDocumentException.LineError(index, "lineId", "not a line of purchase order " + id));
      } else if (e.getValue() == null || e.getValue() < 1) {
        bad.add(new RejectedDocumentException.LineError(index, "quantity", "at least 1"));
      } else if (e.getValue() > available.applyAsInt(line)) {
        bad.add(new RejectedDocumentException.LineError(index, "quantity", e.getValue() + " is more than the "
            + available.applyAsInt(line) + " of line " + line.lineNumber() + " " + left));
      }
    }
    if (!bad.isEmpty()) {
      throw new RejectedDocumentException(refusal, bad);
    }
    unitsByLine.forEach((lineId, units) -> record.accept(byId.get(lineId), units));
  }

  /** A shipment failed: its units are to ship again. */
  public void shipmentFailed(Map<Long, Integer> unitsByLine) {
    lines.stream().filter(l -> unitsByLine.containsKey(l.id())).forEach(l -> l.shipmentFailed(unitsByLine.get(l.id())));
  }

  /** The buyer confirmed receiving these units (checked against the shipment by its caller). */
  public void received(Map<Long, Integer> unitsByLine) {
    lines.stream().filter(l -> unitsByLine.containsKey(l.id())).forEach(l -> l.received(unitsByLine.get(l.id())));
  }

  /** The buyer sees its purchase orders; the supplier sees those addressed to it. */
  @Override
  public boolean isVisibleTo(String organizationId) {
    return buyerId.equals(organizationId) || supplierId.equals(organizationId);
  }

  public Long id() { return id; }
  public Order order() { return order; }
  public String supplierId() { return supplierId; }
  public String buyerId() { return buyerId; }
  public PurchaseOrderStatus status() { return status; }
  public Money total() { return total; }
  public Instant createdAt() { return createdAt; }
  public Instant sentAt() { return sentAt; }
  public List<OrderLine> lines() { return List.copyOf(lines); }
  public Instant acknowledgedAt() { return acknowledgedAt; }
  public String acknowledgedBy() { return acknowledgedBy; }
  public String rejectionReason() { return rejectionReason; }
}
