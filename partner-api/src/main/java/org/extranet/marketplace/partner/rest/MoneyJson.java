// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.partner.rest;

import org.extranet.marketplace.shared.InvalidInputException;
import org.extranet.marketplace.shared.Money;

/** Money on the wire: {@code {"amount": "12.50", "currency": "USD"}}, the amount a decimal string. */
public record MoneyJson(String amount, String currency) {

  public static MoneyJson of(Money money) {
    return money == null ? null : new MoneyJson(money.amount().toPlainString(), money.currency());
  }

  /** The amount as {@link Money}; a malformed one is a validation error naming {@code field}. */
  public Money toMoney(String field) {
    try {
      return Money.of(amount, currency);
    } catch (RuntimeException e) {
      throw InvalidInputException.of(field, "must be {\"amount\": \"decimal with at most 2 places\", \"currency\": \"ISO 4217 code\"}");
    }
  }
}
