// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.supplier;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.OptionalInt;
import org.extranet.marketplace.shared.Money;

/** A tier of membership, as data (V2__supplier.sql seeds Standard, Preferred, Strategic). */
@Entity
@Table(name = "membership_tier")
public class MembershipTier {

  @Id
  @Column(length = 16)
  private String code;

  @Column(nullable = false, length = 60)
  private String name;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "amount", column = @Column(name = "annual_fee_amount")),
    @AttributeOverride(name = "currency", column = @Column(name = "annual_fee_currency"))
  })
  private Money annualFee;

  /** Null: unlimited listings. */
  @Column(name = "listing_limit")
  private Integer listingLimit;

  @Column(name = "rank_order", nullable = false)
  private int rank;

  protected MembershipTier() {} // for JPA only

  public String code() { return code; }
  public String name() { return name; }
  public Money annualFee() { return annualFee; }
  public int rank() { return rank; }

  public OptionalInt listingLimit() {
    return listingLimit == null ? OptionalInt.empty() : OptionalInt.of(listingLimit);
  }
}
