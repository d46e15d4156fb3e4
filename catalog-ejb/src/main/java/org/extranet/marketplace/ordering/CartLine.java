// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.ordering;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.extranet.marketplace.organization.TenantOwned;

/** One product in one person's cart, with the quantity they want. */
@Entity
@Table(name = "cart_line")
public class CartLine implements TenantOwned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "organization_id", nullable = false, length = 36)
  private String organizationId;

  @Column(nullable = false, length = 254)
  private String owner;

  @Column(name = "product_id", nullable = false)
  private Long productId;

  @Column(nullable = false)
  private int quantity;

  @Column(name = "added_at", nullable = false)
  private Instant addedAt;

  /** The unit price the buyer saw for this quantity when adding it; checkout asks to re-confirm a change. */
  @jakarta.persistence.Embedded
  @jakarta.persistence.AttributeOverrides({
    @jakarta.persistence.AttributeOverride(name = "amount", column = @Column(name = "unit_price_amount")),
    @jakarta.persistence.AttributeOverride(name = "currency", column = @Column(name = "unit_price_currency"))
  })
  private org.extranet.marketplace.shared.Money agreedPrice;

  @Version private long version;

  protected CartLine() {} // for JPA only

  CartLine(String organizationId, String owner, Long productId, int quantity, Instant at) {
    this.organizationId = organizationId;
    this.owner = owner;
    this.productId = productId;
    this.quantity = quantity;
    this.addedAt = at;
  }

  void setQuantity(int quantity, org.extranet.marketplace.shared.Money agreedPrice) {
    this.quantity = quantity;
    this.agreedPrice = agreedPrice;
  }

  void agreeTo(org.extranet.marketplace.shared.Money price) {
    this.agreedPrice = price;
  }

  @Override
  public boolean isVisibleTo(String organizationId) {
    return this.organizationId.equals(organizationId);
  }

  public Long productId() { return productId; }
  public int quantity() { return quantity; }
  public Instant addedAt() { return addedAt; }
  public org.extranet.marketplace.shared.Money agreedPrice() { return agreedPrice; }
}
