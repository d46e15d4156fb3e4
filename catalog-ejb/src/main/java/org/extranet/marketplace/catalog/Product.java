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
import java.time.Instant;
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

  @Column(name = "min_order_quantity", nullable = false)
  private int minimumOrderQuantity = 1;

  @Column(name = "pack_size", nullable = false)
  private int packSize = 1;

  @Column(name = "lead_time_days", nullable = false)
  private int leadTimeDays;

  @Enumerated(EnumType.STRING)
  @Column(name = "licence_type", length = 24)
  private LicenceType licenceType;

  @Column(name = "download_url", length = 500)
  private String downloadUrl;

  @Column(name = "training_url", length = 500)
  private String trainingUrl;

  @Column(name = "contract_only", nullable = false)
  private boolean contractOnly;

  /** Set while the supplier has taken the listing down; kept so past orders still name it. */
  @Column(name = "withdrawn_at")
  private Instant withdrawnAt;

  @Version private long version;

  protected Product() {} // for JPA only

  Product(String supplierId, Listing listing) {
    this.supplierId = supplierId;
    this.sku = listing.strippedSku();
    revise(listing);
  }

  /** Replaces what the supplier publishes for this SKU (and puts it back up if withdrawn); the SKU never changes. */
  void revise(Listing listing) {
    this.name = listing.name().strip();
    this.description = listing.description();
    this.category = listing.category();
    this.unit = listing.unit();
    this.kind = listing.kind();
    this.listPrice = listing.listPrice();
    this.stock = listing.stock() == null ? stock : listing.stock();
    this.minimumOrderQuantity = listing.moq();
    this.packSize = listing.pack();
    this.leadTimeDays = listing.leadTime();
    DigitalDelivery digital = listing.digital();
    this.licenceType = digital == null ? null : digital.licenceType();
    this.downloadUrl = digital == null ? null : digital.downloadUrl();
    this.trainingUrl = digital == null ? null : digital.trainingUrl();
    this.contractOnly = listing.contractOnly();
    this.withdrawnAt = null;
  }

  void restock(int onHand) {
    this.stock = onHand;
  }

  void withdraw(Instant now) {
    this.withdrawnAt = now;
  }

  public boolean isWithdrawn() {
    return withdrawnAt != null;
  }

  @Override
  public boolean isVisibleTo(String organizationId) {
    return supplierId.equals(organizationId);
  }

  public ProductView view(String supplierName, String categoryTitle, Money callerPrice) {
    DigitalDelivery digital = kind == ProductKind.DIGITAL ? new DigitalDelivery(licenceType, downloadUrl, trainingUrl) : null;
    return new ProductView(id, sku, name, description, supplierId, supplierName, category, categoryTitle, unit, kind,
        listPrice, callerPrice == null ? listPrice : callerPrice, stock, minimumOrderQuantity, packSize, leadTimeDays, digital, contractOnly);
  }

  public Long id() { return id; }
  public String supplierId() { return supplierId; }
  public String sku() { return sku; }
  public String name() { return name; }
  public String description() { return description; }
  public String category() { return category; }
  public ProductKind kind() { return kind; }
  public Money listPrice() { return listPrice; }
  public int stock() { return stock; }
  public boolean isContractOnly() { return contractOnly; }
  /** How a DIGITAL product is delivered (licence type, download and training links); null for goods. */
  public DigitalDelivery digital() {
    return kind == ProductKind.DIGITAL ? new DigitalDelivery(licenceType, downloadUrl, trainingUrl) : null;
  }
}
