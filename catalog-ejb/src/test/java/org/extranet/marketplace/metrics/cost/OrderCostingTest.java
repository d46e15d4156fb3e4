// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.metrics.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.extranet.marketplace.ordering.ledger.ActorRole;
import org.extranet.marketplace.ordering.ledger.Channel;
import org.extranet.marketplace.ordering.ledger.ManualSource;
import org.extranet.marketplace.ordering.ledger.OrderEventType;
import org.extranet.marketplace.shared.RejectedDocumentException;
import org.junit.jupiter.api.Test;

/** The per-order cost formula against hand-computed figures, and the default model's calibration. */
class OrderCostingTest {

  private final OrderCosting costing = new OrderCosting(CostModel.DEFAULT);

  @Test
  void theDefaultModelPricesAFullyManualOrderAtAbout150() {
    // buyer 30 min × $45 = 22.50; desk 30 min × $40 = 20.00; fax ack 20 min × $40 + $2 = 15.33;
    // faxed packing list 15.33; expediting call 35 min × $45 = 26.25; paper receipt 25 min × $45 = 18.75;
    // paper invoice 45 min × $40 + $2 fax = 32.00 → 150.16 (each step rounded to cents)
    assertEquals(new BigDecimal("150.16"), costing.manualBaseline());
  }

  @Test
  void theDefaultModelPricesAFullyElectronicOrderAtAbout25() {
    // portal order 8 min × $45 = 6.00; EDI purchase order $0.50; portal ack 2 min × $40 = 1.33; ship notice
    // 3 min × $40 = 2.00; carrier feed 0; delivered 1 min × $40 = 0.67; receipt 2 min × $45 = 1.50;
    // invoice 3 min × $40 = 2.00; platform $10 → 24.00
    OrderCosting.Breakdown electronic = costing.price(ReferenceOrders.FULLY_ELECTRONIC);
    assertEquals(new BigDecimal("24.00"), electronic.total());
    assertEquals(new BigDecimal("126.16"), electronic.savingsVsManual());
  }

  @Test
  void theTotalIsTheSumOfItsStepsPlusThePlatformsShare() {
    OrderCosting.Breakdown b = costing.price(ReferenceOrders.FULLY_ELECTRONIC);
    BigDecimal sum = b.steps().stream().map(OrderCosting.StepCost::total).reduce(b.platform(), BigDecimal::add);
    assertEquals(sum, b.total());
  }

  @Test
  void measuredTimeOnTaskWinsOverTheModelsMinutesAndSystemsCostNothing() {
    CostedStep measured = new CostedStep(1L, OrderEventType.SUBMITTED, Activity.ORDER_ENTRY, Channel.PORTAL, null,
        ActorRole.BUYER, false, 240);
    OrderCosting.StepCost priced = costing.price(measured);
    assertTrue(priced.measured());
    assertEquals(new BigDecimal("3.00"), priced.labour(), "4 min × $45 / 60");

    CostedStep keyed = new CostedStep(2L, OrderEventType.SUBMITTED, Activity.ORDER_ENTRY, Channel.MANUAL, ManualSource.PHONE,
        ActorRole.SUPPLIER, false, null);
    assertEquals(new BigDecimal("20.00"), costing.price(keyed).total(), "the model's 30 manual minutes × $40");

    CostedStep partner = new CostedStep(3L, OrderEventType.PURCHASE_ORDER_ACCEPTED, Activity.ACKNOWLEDGEMENT, Channel.EDI,
        null, ActorRole.PARTNER_SYSTEM, true, null);
    assertEquals(new BigDecimal("0.50"), costing.price(partner).total(), "no one's time, the EDI document fee");

    CostedStep placed = new CostedStep(4L, OrderEventType.PLACED, null, Channel.SYSTEM, null, ActorRole.SYSTEM, true, null);
    assertEquals(new BigDecimal("0.00"), costing.price(placed).total(), "bookkeeping");
  }

  @Test
  void reworkIsPricedAsACorrection() {
    assertEquals(Activity.CORRECTION, Activity.of(OrderEventType.SUBMITTED, true).orElseThrow());
    assertEquals(Activity.CORRECTION, Activity.of(OrderEventType.PRICE_RECONFIRMED, false).orElseThrow());
  }

  @Test
  void aModelWithMissingOrNegativeFiguresIsRefusedNamingEach() {
    Map<ActorRole, BigDecimal> rates = new HashMap<>(CostModel.DEFAULT.hourlyRates());
    rates.put(ActorRole.BUYER, new BigDecimal("-1"));
    rates.remove(ActorRole.OPERATOR);
    RejectedDocumentException refused = assertThrows(RejectedDocumentException.class, () -> new CostModel(rates,
        CostModel.DEFAULT.manualMinutes(), CostModel.DEFAULT.portalMinutes(), CostModel.DEFAULT.documentFees(), null));
    assertEquals(List.of("hourlyRates.BUYER", "hourlyRates.OPERATOR", "platformCostPerOrder"),
        refused.errors().stream().map(RejectedDocumentException.LineError::field).toList());
  }
}
