// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.catalog.pricing;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import org.extranet.marketplace.shared.Money;

/** From {@code minQuantity} units on, each unit costs {@code price} under the contract. */
@Embeddable
public class VolumeTier {

  @Column(name = "min_quantity", nullable = false)
  private int minQuantity;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "amount", column = @Column(name = "price_amount")),
    @AttributeOverride(name = "currency", column = @Column(name = "price_currency"))
  })
  private Money price;

  protected VolumeTier() {} // for JPA only

  public VolumeTier(int minQuantity, Money price) {
    this.minQuantity = minQuantity;
    this.price = price;
  }

  public int minQuantity() { return minQuantity; }
  public Money price() { return price; }
}
