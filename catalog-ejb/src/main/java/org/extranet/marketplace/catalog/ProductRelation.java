// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.catalog;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.extranet.marketplace.shared.Money;

/** One listing's relation to another (see {@link RelationKind}); a BUNDLE carries the price of both together. */
@Entity
@Table(name = "product_relation")
public class ProductRelation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "product_id", nullable = false)
  private Long productId;

  @Column(name = "related_product_id", nullable = false)
  private Long relatedProductId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private RelationKind kind;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "amount", column = @Column(name = "bundle_price_amount")),
    @AttributeOverride(name = "currency", column = @Column(name = "bundle_price_currency"))
  })
  private Money bundlePrice;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected ProductRelation() {} // for JPA only

  ProductRelation(Long productId, Long relatedProductId, RelationKind kind, Money bundlePrice, Instant at) {
    this.productId = productId;
    this.relatedProductId = relatedProductId;
    this.kind = kind;
    this.bundlePrice = bundlePrice;
    this.createdAt = at;
  }

  public Long productId() { return productId; }
  public Long relatedProductId() { return relatedProductId; }
  public RelationKind kind() { return kind; }
  public Money bundlePrice() { return bundlePrice; }
}
