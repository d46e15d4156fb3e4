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
import jakarta.persistence.Version;
import org.extranet.marketplace.organization.TenantOwned;
import org.extranet.marketplace.shared.Money;

/** A supplier's listing in the shared catalog, identified by the supplier's SKU. */
@Entity
@Table(name = "product")
public class Product implements TenantOwned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "supplier_id", nullable = false, length = 36)
  private String supplierId;

  @Column(nullable = false, length = 64)
  private String sku;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(length = 4000)
  private String description;

  @Column(name = "category_code", nullable = false, length = 8)
  private String category;

  @Column(nullable = false, length = 3)
  private String unit;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private ProductKind kind;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "amount", column = @Column(name = "list_price_amount")),
    @AttributeOverride(name = "currency", column = @Column(name = "list_price_currency"))
  })
  private Money listPrice;

  @Column(name = "stock_on_hand", nullable = false)
  private int stock;

  @Version private long version;

  protected Product() {} // for JPA only

  Product(String supplierId, Listing listing) {
    this.supplierId = supplierId;
    this.sku = listing.sku().strip();
    revise(listing);
  }

  /** Replaces what the supplier publishes for this SKU; the SKU itself never changes. */
  void revise(Listing listing) {
    this.name = listing.name().strip();
    this.description = listing.description();
    this.category = listing.category();
    this.unit = listing.unit();
    this.kind = listing.kind();
    this.listPrice = listing.listPrice();
    this.stock = listing.stock() == null ? stock : listing.stock();
  }

  @Override
  public boolean isVisibleTo(String organizationId) {
    return supplierId.equals(organizationId);
  }

  public ProductView view(String supplierName) {
    return new ProductView(id, sku, name, description, supplierId, supplierName, category, unit, kind, listPrice, stock);
  }

  public Long id() { return id; }
  public String supplierId() { return supplierId; }
  public String sku() { return sku; }
}
