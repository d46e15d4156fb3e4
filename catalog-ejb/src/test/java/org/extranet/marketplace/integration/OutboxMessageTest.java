// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Retries back off exponentially and end in DEAD. */
class OutboxMessageTest {

  private static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");

  @Test
  void failedAttemptsBackOffThenTheMessageIsGivenUp() {
    OutboxMessage message = new OutboxMessage("northwind", Outbox.PORTAL, "PURCHASE_ORDER", 1L, T0);
    message.failed(T0, "refused");
    assertEquals(T0.plus(Duration.ofSeconds(30)), message.nextAttemptAt());
    message.failed(T0, "refused");
    assertEquals(T0.plus(Duration.ofSeconds(60)), message.nextAttemptAt());
    for (int i = 2; i < OutboxMessage.MAX_ATTEMPTS; i++) {
      message.failed(T0, "refused");
    }
    assertEquals(OutboxStatus.DEAD, message.status());
    assertEquals(OutboxMessage.MAX_ATTEMPTS, message.attempts());
  }

  @Test
  void aDeliveredMessageCountsItsAttempt() {
    OutboxMessage message = new OutboxMessage("northwind", Outbox.PORTAL, "PURCHASE_ORDER", 1L, T0);
    message.delivered(T0);
    assertEquals(OutboxStatus.DELIVERED, message.status());
    assertEquals(1, message.attempts());
  }
}
