// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** An amount of money in one ISO 4217 currency, kept to the cent. */
@Embeddable
public final class Money {

  @Column(name = "amount", precision = 19, scale = 2)
  private BigDecimal amount;

  @Column(name = "currency", length = 3)
  private String currency;

  protected Money() {} // for JPA only

  private Money(BigDecimal amount, String currency) {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
    if (!currency.matches("[A-Z]{3}")) {
      throw new IllegalArgumentException("currency must be an ISO 4217 code, was " + currency);
    }
    if (amount.scale() > 2 && amount.stripTrailingZeros().scale() > 2) {
      throw new IllegalArgumentException("amount has more than two decimals: " + amount);
    }
    this.amount = amount.setScale(2, RoundingMode.UNNECESSARY);
    this.currency = currency;
  }

  public static Money of(BigDecimal amount, String currency) {
    return new Money(amount, currency);
  }

  public static Money of(String amount, String currency) {
    return new Money(new BigDecimal(amount), currency);
  }

  public static Money usd(String amount) {
    return of(amount, "USD");
  }

  public BigDecimal amount() {
    return amount;
  }

  public String currency() {
    return currency;
  }

  public boolean sameValueAs(Money other) {
    return other != null && amount.compareTo(other.amount) == 0 && currency.equals(other.currency);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Money other && sameValueAs(other);
  }

  @Override
  public int hashCode() {
    return Objects.hash(amount.stripTrailingZeros(), currency);
  }

  @Override
  public String toString() {
    return amount.toPlainString() + " " + currency;
  }
}
