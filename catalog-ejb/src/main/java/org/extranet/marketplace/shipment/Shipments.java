// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.shipment;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.extranet.marketplace.ordering.CallerSteps;
import org.extranet.marketplace.ordering.Order;
import org.extranet.marketplace.ordering.PurchaseOrder;
import org.extranet.marketplace.ordering.PurchaseOrders;
import org.extranet.marketplace.ordering.ledger.ActorRole;
import org.extranet.marketplace.ordering.ledger.Channel;
import org.extranet.marketplace.ordering.ledger.OrderEventType;
import org.extranet.marketplace.ordering.ledger.OrderLedger;
import org.extranet.marketplace.organization.Caller;
import org.extranet.marketplace.organization.MemberRole;
import org.extranet.marketplace.organization.Tenancy;
import org.extranet.marketplace.shared.ConflictException;
import org.extranet.marketplace.shared.InvalidInputException;
import org.extranet.marketplace.shared.NotFoundException;

/**
 * The supplier ships an accepted purchase order (in parts if it likes) and reports the carrier's events; the
 * buyer confirms what arrived. Each step goes to the order's ledger.
 */
@Stateless
public class Shipments {

  /** How far ahead of the server's clock an event may be dated (carriers' clocks drift a little). */
  private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

  @Inject Caller caller;
  @Inject Tenancy tenancy;
  @Inject PurchaseOrders purchaseOrders;
  @Inject CallerSteps steps;
  @Inject OrderLedger ledger;
  @Inject Clock clock;
  @PersistenceContext EntityManager em;

  public ShipmentView ship(Long purchaseOrderId, NewShipment shipment, Channel channel, Integer timeOnTaskSeconds) {
    caller.require(MemberRole.SUPPLIER, MemberRole.PARTNER_INTEGRATION);
    Carrier carrier = shipment.checked();
    String trackingNumber = shipment.trackingNumber().strip();
    PurchaseOrder po = purchaseOrders.suppliersOwn(purchaseOrderId);
    // two shipments of one purchase order at once: the second fails on the version instead of over-shipping
    em.lock(po, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    if (isKnown(carrier, trackingNumber)) {
      throw new ConflictException(carrier.label() + " tracking number " + trackingNumber + " is already on a shipment");
    }
    LinkedHashMap<Long, Integer> units = shipment.unitsByLine();
    po.ship(units);
    Shipment shipped = new Shipment(po, carrier, trackingNumber, units, clock.instant(), actor());
    em.persist(shipped);
    em.flush();
    ledger.append(po.order().id(), po.id(), shipped.id(), OrderEventType.SHIPPED,
        steps.of(channel, ActorRole.SUPPLIER, timeOnTaskSeconds), carrier.label() + " " + trackingNumber);
    return ShipmentView.of(shipped);
  }

  public ShipmentView record(Long shipmentId, TrackingReport report, Channel channel, Integer timeOnTaskSeconds) {
    caller.require(MemberRole.SUPPLIER, MemberRole.PARTNER_INTEGRATION);
    if (report == null || report.code() == null) {
      throw InvalidInputException.of("code", "IN_TRANSIT, OUT_FOR_DELIVERY, DELIVERED or FAILED");
    }
    Instant now = clock.instant();
    Instant at = report.at() == null ? now : report.at();
    if (at.isAfter(now.plus(CLOCK_SKEW))) {
      throw InvalidInputException.of("at", "must not be in the future");
    }
    checkLength("location", report.location(), 200);
    checkLength("note", report.note(), 1000);
    Shipment shipment = suppliersOwn(shipmentId);
    shipment.record(report.code(), at, blankToNull(report.location()), blankToNull(report.note()), now, actor());
    ledger.append(shipment.orderId(), shipment.purchaseOrder().id(), shipment.id(), ledgerTypeOf(report.code()),
        steps.of(channel, ActorRole.SUPPLIER, timeOnTaskSeconds), describe(report));
    return ShipmentView.of(shipment);
  }

  /** @param received order line id → units; null receives everything the shipment carried */
  public ShipmentView confirmReceipt(Long shipmentId, Map<Long, Integer> received, Channel channel, Integer timeOnTaskSeconds) {
    caller.require(MemberRole.BUYER, MemberRole.APPROVER, MemberRole.PARTNER_INTEGRATION);
    Shipment shipment = tenancy.find(Shipment.class, shipmentId);
    if (!shipment.buyerId().equals(caller.organizationId())) {
      throw new NotFoundException("Shipment", shipmentId);
    }
    Map<Long, Integer> units = received == null ? shipment.unitsByLine() : received;
    shipment.receive(units, clock.instant(), actor());
    int total = units.values().stream().mapToInt(Integer::intValue).sum();
    ledger.append(shipment.orderId(), shipment.purchaseOrder().id(), shipment.id(), OrderEventType.RECEIPT_CONFIRMED,
        steps.of(channel, ActorRole.BUYER, timeOnTaskSeconds), total + " units received");
    return ShipmentView.of(shipment);
  }

  public ShipmentView shipment(Long id) {
    return ShipmentView.of(tenancy.find(Shipment.class, id));
  }

  /** The order's shipments, oldest first (the buyer's order; another organization's answers 404). */
  public List<ShipmentView> ofOrder(Long orderId) {
    tenancy.find(Order.class, orderId);
    return em.createQuery("select s from Shipment s where s.orderId = :order order by s.shippedAt, s.id", Shipment.class)
        .setParameter("order", orderId)
        .getResultList().stream().map(ShipmentView::of).toList();
  }

  /** A purchase order's shipments, for its buyer or its supplier. */
  public List<ShipmentView> ofPurchaseOrder(Long purchaseOrderId) {
    purchaseOrders.purchaseOrder(purchaseOrderId);
    return em.createQuery("select s from Shipment s where s.purchaseOrder.id = :po order by s.shippedAt, s.id", Shipment.class)
        .setParameter("po", purchaseOrderId)
        .getResultList().stream().map(ShipmentView::of).toList();
  }

  private Shipment suppliersOwn(Long id) {
    Shipment shipment = em.find(Shipment.class, id);
    if (shipment == null || !shipment.supplierId().equals(caller.organizationId())) {
      throw new NotFoundException("Shipment", id);
    }
    return shipment;
  }

  private boolean isKnown(Carrier carrier, String trackingNumber) {
    return !em.createQuery("select s.id from Shipment s where s.carrier = :carrier and s.trackingNumber = :number", Long.class)
        .setParameter("carrier", carrier).setParameter("number", trackingNumber)
        .setMaxResults(1).getResultList().isEmpty();
  }

  private String actor() {
    return caller.email().orElse(caller.organizationId());
  }

  private static OrderEventType ledgerTypeOf(TrackingCode code) {
    return switch (code) {
      case DELIVERED -> OrderEventType.DELIVERED;
      case FAILED -> OrderEventType.DELIVERY_FAILED;
      default -> OrderEventType.TRACKING_UPDATED;
    };
  }

  private static String describe(TrackingReport report) {
    String text = report.code().name()
        + (report.location() == null || report.location().isBlank() ? "" : " at " + report.location().strip())
        + (report.note() == null || report.note().isBlank() ? "" : ": " + report.note().strip());
    return text.length() <= 1000 ? text : text.substring(0, 1000);
  }

  private static void checkLength(String field, String value, int max) {
    if (value != null && value.length() > max) {
      throw InvalidInputException.of(field, "at most " + max + " characters");
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
