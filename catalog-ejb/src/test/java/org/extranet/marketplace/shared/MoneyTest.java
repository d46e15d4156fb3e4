// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MoneyTest {

  @Test
  void keepsTwoDecimalsAndComparesByValue() {
    assertEquals("5000.00", Money.usd("5000").amount().toPlainString());
    assertTrue(Money.usd("12.5").sameValueAs(Money.usd("12.50")));
    assertEquals(Money.usd("12.5"), Money.usd("12.500"));
  }

  @Test
  void refusesOverPreciseAmountsAndBadCurrencies() {
    assertThrows(IllegalArgumentException.class, () -> Money.usd("1.005"));
    assertThrows(IllegalArgumentException.class, () -> Money.of("1.00", "usd"));
    assertThrows(IllegalArgumentException.class, () -> Money.of("1.00", "DOLLARS"));
  }
}
