// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.partner.rest;

import org.extranet.marketplace.shared.InvalidInputException;
import org.extranet.marketplace.shared.Money;

/** Turns wire money into {@link Money}, naming the field when it is malformed. */
final class MoneyParsing {

  private MoneyParsing() {}

  static Money parse(MoneyJson json, String field) {
    if (json == null) {
      return null;
    }
    try {
      return Money.of(json.amount(), json.currency());
    } catch (RuntimeException e) {
      throw InvalidInputException.of(field, "must be {\"amount\": \"decimal with at most 2 places\", \"currency\": \"ISO 4217 code\"}");
    }
  }
}
