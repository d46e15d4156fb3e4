// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.catalog;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.extranet.marketplace.shared.InvalidInputException;
import org.extranet.marketplace.shared.Money;
import org.junit.jupiter.api.Test;

class ListingTest {

  @Test
  void aCompleteListingIsAccepted() {
    assertDoesNotThrow(() -> new Listing("NW-OFF-365", "Office suite licence", null, "43231513", "EA",
        ProductKind.DIGITAL, Money.usd("129.00"), 0));
  }

  @Test
  void namesEveryBadField() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> new Listing("bad sku!", "", null, "4323", "each", null, Money.usd("-1.00"), -3));

    assertEquals(List.of("sku", "name", "category", "unit", "kind", "listPrice", "stock"),
        e.violations().stream().map(InvalidInputException.Violation::field).toList());
  }
}
