// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.shipment;

import static org.extranet.marketplace.ordering.Fixtures.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.extranet.marketplace.ordering.Acknowledgement;
import org.extranet.marketplace.ordering.Fixtures;
import org.extranet.marketplace.ordering.PurchaseOrder;
import org.extranet.marketplace.shared.ConflictException;
import org.extranet.marketplace.shared.InvalidInputException;
import org.extranet.marketplace.shared.RejectedDocumentException;
import org.junit.jupiter.api.Test;

/** A shipment's tracking state machine, its outcome and the buyer's receipt. */
class ShipmentTest {

  private static final String SAM = "sam@northwind.example";

  private static Shipment shipped(PurchaseOrder po, int units) {
    LinkedHashMap<Long, Integer> lines = new LinkedHashMap<>();
    lines.put(11L, units);
    po.ship(lines);
    return new Shipment(po, Carrier.UPS, "1Z999AA10123456784", lines, NOW, SAM);
  }

  private static PurchaseOrder accepted() {
    PurchaseOrder po = Fixtures.purchaseOrder(10, 4);
    Fixtures.accept(po, new Acknowledgement(Acknowledgement.Decision.ACCEPT, null, null, null), LocalDate.of(2026, 11, 24));
    return po;
  }

  @Test
  void eventsMoveTheStatusUntilTheOutcomeAndNothingComesAfterIt() {
    Shipment s = shipped(accepted(), 6);
    s.record(TrackingCode.IN_TRANSIT, NOW.plusSeconds(3600), "Louisville, KY", null, NOW, SAM);
    assertEquals(ShipmentStatus.IN_TRANSIT, s.status());
    s.record(TrackingCode.OUT_FOR_DELIVERY, NOW.plusSeconds(7200), "Chicago, IL", null, NOW, SAM);
    s.record(TrackingCode.IN_TRANSIT, NOW.plusSeconds(5400), "Gary, IN", null, NOW, SAM);
    assertEquals(ShipmentStatus.OUT_FOR_DELIVERY, s.status(), "an event reported late does not move the status back");
    assertEquals("Gary, IN", s.events().get(1).location(), "events are kept in the time they happened");

    s.record(TrackingCode.DELIVERED, NOW.plusSeconds(9000), "Chicago, IL", null, NOW, SAM);
    assertEquals(ShipmentStatus.DELIVERED, s.status());
    assertThrows(ConflictException.class, () -> s.record(TrackingCode.FAILED, NOW.plusSeconds(9999), null, "x", NOW, SAM));
  }

  @Test
  void anEventBeforeTheShipmentLeftIsRefusedAndAFailureNeedsItsReason() {
    Shipment s = shipped(accepted(), 6);
    assertThrows(RejectedDocumentException.class,
        () -> s.record(TrackingCode.IN_TRANSIT, NOW.minus(Duration.ofMinutes(1)), null, null, NOW, SAM));
    assertThrows(InvalidInputException.class, () -> s.record(TrackingCode.FAILED, NOW, null, null, NOW, SAM));
    assertEquals(ShipmentStatus.SHIPPED, s.status());
    assertEquals(0, s.events().size());
  }

  @Test
  void aFailedShipmentGivesItsUnitsBackToShipAndCannotBeReceived() {
    PurchaseOrder po = accepted();
    Shipment s = shipped(po, 6);
    assertEquals(4, po.lines().get(0).toShip());
    s.record(TrackingCode.FAILED, NOW.plusSeconds(60), "Chicago, IL", "address unknown", NOW, SAM);
    assertEquals("address unknown", s.outcomeReason());
    assertEquals(10, po.lines().get(0).toShip());
    assertThrows(ConflictException.class, () -> s.receive(Map.of(11L, 6), NOW, "gina@globex.example"));
  }

  @Test
  void theReceiptIsGivenOnceAndNeverForMoreThanShipped() {
    PurchaseOrder po = accepted();
    Shipment s = shipped(po, 6);
    assertThrows(RejectedDocumentException.class, () -> s.receive(Map.of(11L, 7), NOW, "gina@globex.example"));
    assertThrows(RejectedDocumentException.class, () -> s.receive(Map.of(12L, 1), NOW, "gina@globex.example"), "not in the shipment");
    assertEquals(0, po.lines().get(0).receivedQuantity(), "refused receipts changed nothing");

    s.receive(Map.of(11L, 5), NOW, "gina@globex.example");
    assertEquals(5, po.lines().get(0).receivedQuantity());
    assertEquals(5, s.lines().get(0).receivedQuantity());
    assertThrows(ConflictException.class, () -> s.receive(Map.of(11L, 1), NOW, "gina@globex.example"), "once");
  }

  @Test
  void carriersAreReadAsPartnersWriteThemAndKnownOnesLinkToTheirTrackingPage() {
    assertEquals(Carrier.SF_EXPRESS, Carrier.parse("SF Express").orElseThrow());
    assertEquals(Carrier.FEDEX, Carrier.parse("FedEx").orElseThrow());
    assertEquals("https://www.ups.com/track?tracknum=1Z+9", Carrier.UPS.trackingUrl("1Z 9").orElseThrow());
    assertEquals(true, Carrier.OTHER.trackingUrl("X1").isEmpty());
    assertEquals(true, Carrier.parse("PIGEON").isEmpty());
  }

  @Test
  void theDeliveryFailureRateIsFailedOverDeliveredAndFailed() {
    assertEquals(new java.math.BigDecimal("0.2500"), DeliveryPerformance.Outcomes.of("northwind", 9, 3).failureRate(), "3 failed of 12");
    assertEquals(null, DeliveryPerformance.Outcomes.of("northwind", 0, 0).failureRate(), "nothing decided yet");
    assertEquals(new java.math.BigDecimal("1.0000"), DeliveryPerformance.Outcomes.of("northwind", 0, 2).failureRate());
  }
}
