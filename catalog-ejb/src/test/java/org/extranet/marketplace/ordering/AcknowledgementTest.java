// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.ordering;

import static org.extranet.marketplace.ordering.Fixtures.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.extranet.marketplace.ordering.Acknowledgement.Decision;
import org.extranet.marketplace.ordering.Acknowledgement.LineDecision;
import org.extranet.marketplace.shared.ConflictException;
import org.extranet.marketplace.shared.InvalidInputException;
import org.extranet.marketplace.shared.RejectedDocumentException;
import org.junit.jupiter.api.Test;

/** The supplier's acknowledgement and what may ship after it. */
class AcknowledgementTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

  private static void answer(PurchaseOrder po, Acknowledgement a) {
    po.acknowledge(a, "sam@northwind.example", NOW, TODAY);
  }

  private static LinkedHashMap<Long, Integer> units(long line, int n) {
    LinkedHashMap<Long, Integer> units = new LinkedHashMap<>();
    units.put(line, n);
    return units;
  }

  @Test
  void partialAcceptsTheNamedUnitsNowPromisesTheRestAndAcceptsUnnamedLinesInFull() {
    PurchaseOrder po = Fixtures.purchaseOrder(10, 4);
    LocalDate promised = TODAY.plusDays(14);
    answer(po, new Acknowledgement(Decision.PARTIAL, List.of(new LineDecision(11L, 6, promised)), null, null));

    assertEquals(PurchaseOrderStatus.PARTIALLY_ACCEPTED, po.status());
    assertEquals(6, po.lines().get(0).acceptedQuantity());
    assertEquals(promised, po.lines().get(0).promisedDate());
    assertEquals(4, po.lines().get(1).acceptedQuantity());
    assertEquals("sam@northwind.example", po.acknowledgedBy());
    assertThrows(ConflictException.class, () -> answer(po, new Acknowledgement(Decision.ACCEPT, null, null, null)), "once");
  }

  @Test
  void aPartialLineShortOfItsQuantityNeedsAPromisedDateNotInThePast() {
    PurchaseOrder po = Fixtures.purchaseOrder(10, 4);
    InvalidInputException bad = assertThrows(InvalidInputException.class, () -> answer(po, new Acknowledgement(Decision.PARTIAL,
        List.of(new LineDecision(11L, 6, null), new LineDecision(12L, 1, TODAY.minusDays(1)), new LineDecision(99L, 1, null)),
        null, null)));
    assertEquals(List.of("lines[0].promisedDate", "lines[1].promisedDate", "lines[2].lineId"),
        bad.violations().stream().map(InvalidInputException.Violation::field).toList());
    assertEquals(PurchaseOrderStatus.QUEUED, po.status(), "nothing changed");
    assertNull(po.lines().get(0).acceptedQuantity());
  }

  @Test
  void aRejectionNeedsAReasonAndNeverShips() {
    PurchaseOrder po = Fixtures.purchaseOrder(3, 1);
    assertThrows(InvalidInputException.class, () -> answer(po, new Acknowledgement(Decision.REJECT, null, null, " ")));
    answer(po, new Acknowledgement(Decision.REJECT, null, null, " Discontinued "));
    assertEquals(PurchaseOrderStatus.REJECTED, po.status());
    assertEquals("Discontinued", po.rejectionReason());
    assertThrows(ConflictException.class, () -> po.ship(units(11L, 1)));
  }

  @Test
  void nothingShipsBeforeAcceptanceAndNeverMoreThanOrderedMinusShipped() {
    PurchaseOrder po = Fixtures.purchaseOrder(10, 4);
    assertThrows(ConflictException.class, () -> po.ship(units(11L, 1)), "before acceptance");
    answer(po, new Acknowledgement(Decision.ACCEPT, null, null, null));

    po.ship(units(11L, 6));
    RejectedDocumentException over = assertThrows(RejectedDocumentException.class, () -> po.ship(units(11L, 5)));
    assertEquals("quantity", over.errors().get(0).field());
    assertEquals(6, po.lines().get(0).shippedQuantity(), "the refused shipment took nothing");

    po.shipmentFailed(Map.of(11L, 6));
    assertEquals(10, po.lines().get(0).toShip(), "a failed shipment's units ship again");
    po.ship(units(11L, 10));
    assertEquals(0, po.lines().get(0).toShip());
    assertThrows(RejectedDocumentException.class, () -> po.ship(units(12L, 0)), "at least one unit");
    assertThrows(RejectedDocumentException.class, () -> po.ship(units(77L, 1)), "a line of another purchase order");
  }

  @Test
  void theBuyerMayCancelTheRestOfAnOrderWhoseSupplierRejectedAPart() {
    PurchaseOrder rejected = Fixtures.purchaseOrder(3, 1);
    Order order = rejected.order();
    answer(rejected, new Acknowledgement(Decision.REJECT, null, null, "Discontinued"));
    order.cancel("gina@globex.example", NOW, "no longer needed");
    assertEquals(OrderStatus.CANCELLED, order.status());
    assertEquals(PurchaseOrderStatus.REJECTED, rejected.status(), "the supplier's answer stands");
    assertEquals(false, rejected.holdsStock(), "its stock went back at the rejection, not again now");
  }
}
