// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.shared;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationTest {

  @Test
  void namesEveryBadFieldAtOnce() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> new Validation()
        .requireText("", "name", 10)
        .requireText("far too long a value", "city", 5)
        .require(true, "kind", "never reported")
        .orThrow());
    assertEquals(List.of("name", "city"), e.violations().stream().map(InvalidInputException.Violation::field).toList());
  }

  @Test
  void passesValidInput() {
    assertDoesNotThrow(() -> new Validation().requireText("Globex", "name", 200).orThrow());
  }

  @Test
  void optionalTextMayBeMissingButNotTooLong() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> new Validation()
        .text(null, "street", 10, false)
        .text(" ", "city", 10, false)
        .text("far too long a value", "country", 5, false)
        .text(null, "taxId", 10, true)
        .orThrow());
    assertEquals(List.of("country", "taxId"), e.violations().stream().map(InvalidInputException.Violation::field).toList());
  }
}
