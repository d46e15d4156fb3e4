// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.catalog.pricing;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.extranet.marketplace.organization.TenantOwned;
import org.extranet.marketplace.shared.Money;

/**
 * What one buyer organization pays one supplier for one listing over a period, possibly less from a
 * quantity on. Both parties see it; nobody else does.
 */
@Entity
@Table(name = "contract_price")
public class ContractPrice implements TenantOwned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "supplier_id", nullable = false, length = 36)
  private String supplierId;

  @Column(name = "buyer_organization_id", nullable = false, length = 36)
  private String buyerId;

  @Column(name = "product_id", nullable = false)
  private Long productId;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "amount", column = @Column(name = "price_amount")),
    @AttributeOverride(name = "currency", column = @Column(name = "price_currency"))
  })
  private Money price;

  @Column(name = "valid_from", nullable = false)
  private LocalDate validFrom;

  @Column(name = "valid_to")
  private LocalDate validTo;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "contract_volume_tier", joinColumns = @JoinColumn(name = "contract_id"))
  @OrderBy("minQuantity")
  private List<VolumeTier> tiers = new ArrayList<>();

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private long version;

  protected ContractPrice() {} // for JPA only

  ContractPrice(String supplierId, String buyerId, Long productId, Money price, LocalDate validFrom, LocalDate validTo,
      List<VolumeTier> tiers, Instant at) {
    this.supplierId = supplierId;
    this.buyerId = buyerId;
    this.productId = productId;
    this.price = price;
    this.validFrom = validFrom;
    this.validTo = validTo;
    this.tiers = new ArrayList<>(tiers);
    this.createdAt = at;
  }

  /** Both days inclusive; an open end overlaps everything after its start. */
  boolean overlaps(LocalDate from, LocalDate to) {
    boolean startsBeforeOtherEnds = to == null || !validFrom.isAfter(to);
    boolean endsAfterOtherStarts = validTo == null || !validTo.isBefore(from);
    return startsBeforeOtherEnds && endsAfterOtherStarts;
  }

  /** Ends the contract early: the last day it applies. */
  void endOn(LocalDate lastDay) {
    this.validTo = lastDay;
  }

  @Override
  public boolean isVisibleTo(String organizationId) {
    return supplierId.equals(organizationId) || buyerId.equals(organizationId);
  }

  public PriceResolution.Terms terms() {
    return new PriceResolution.Terms(id, price, validFrom, validTo, List.copyOf(tiers));
  }

  public Long id() { return id; }
  public String supplierId() { return supplierId; }
  public String buyerId() { return buyerId; }
  public Long productId() { return productId; }
  public Money price() { return price; }
  public LocalDate validFrom() { return validFrom; }
  public LocalDate validTo() { return validTo; }
  public List<VolumeTier> tiers() { return List.copyOf(tiers); }
}
