// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.partner.rest;

import org.extranet.marketplace.shared.Money;

/** Money on the wire: {@code {"amount": "12.50", "currency": "USD"}}, the amount a decimal string. */
public record MoneyJson(String amount, String currency) {

  public static MoneyJson of(Money money) {
    return money == null ? null : new MoneyJson(money.amount().toPlainString(), money.currency());
  }

  public Money toMoney(String field) {
    return MoneyParsing.parse(this, field);
  }
}
