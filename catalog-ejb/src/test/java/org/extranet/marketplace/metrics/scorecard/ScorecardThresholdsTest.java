// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.metrics.scorecard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.extranet.marketplace.shared.RejectedDocumentException;
import org.junit.jupiter.api.Test;

class ScorecardThresholdsTest {

  @Test
  void aBreachIsNamedRatesOnlyOnceThereAreEnoughShipments() {
    // 3 failed of 12 (0.25 > 0.10), 7 of 9 on time (0.7778 < 0.80), ack median 60 h > 48 h
    Scorecard poor = new Scorecard("s", new BigDecimal("60.00"), new BigDecimal("0.7778"), new BigDecimal("0.2500"),
        new BigDecimal("0.9000"), new BigDecimal("1.0000"), 12, 9, 3, 4);
    assertEquals(List.of("median acknowledgement 60.00 h > 48 h", "on-time rate 0.7778 < 0.80", "delivery failure rate 0.2500 > 0.10"),
        ScorecardThresholds.DEFAULT.breaches(poor));
    Scorecard young = new Scorecard("s", new BigDecimal("2.00"), new BigDecimal("0.5000"), new BigDecimal("0.5000"),
        null, null, 2, 1, 1, 0);
    assertEquals(List.of(), ScorecardThresholds.DEFAULT.breaches(young), "2 shipments are too few to judge rates by (10)");
  }

  @Test
  void figuresOutOfRangeAreRefusedEachNamed() {
    RejectedDocumentException e = assertThrows(RejectedDocumentException.class,
        () -> new ScorecardThresholds(new BigDecimal("-1"), new BigDecimal("1.5"), BigDecimal.ZERO, null, BigDecimal.ONE, -2));
    assertEquals(List.of("maxAckHours", "minOnTimeRate", "minFillRate", "minimumShipments"),
        e.errors().stream().map(RejectedDocumentException.LineError::field).toList());
  }
}
