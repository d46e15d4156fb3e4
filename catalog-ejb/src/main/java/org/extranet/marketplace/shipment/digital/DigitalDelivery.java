// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.shipment.digital;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.extranet.marketplace.catalog.Product;
import org.extranet.marketplace.ordering.OrderLine;
import org.extranet.marketplace.organization.TenantOwned;

/** What the buyer gets online for one accepted DIGITAL order line; delivered when the buyer first opens it. */
@Entity
@Table(name = "digital_delivery")
public class DigitalDelivery implements TenantOwned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "order_line_id", nullable = false)
  private Long orderLineId;

  @Column(name = "order_id", nullable = false)
  private Long orderId;

  @Column(name = "purchase_order_id", nullable = false)
  private Long purchaseOrderId;

  @Column(name = "buyer_id", nullable = false, length = 36)
  private String buyerId;

  @Column(name = "supplier_id", nullable = false, length = 36)
  private String supplierId;

  @Column(name = "product_id", nullable = false)
  private Long productId;

  @Column(name = "product_name", nullable = false, length = 200)
  private String productName;

  @Column(name = "licence_type", length = 24)
  private String licenceType;

  @Column(name = "download_url", length = 500)
  private String downloadUrl;

  @Column(name = "training_url", length = 500)
  private String trainingUrl;

  @Column(nullable = false)
  private int units;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "delivered_at")
  private Instant deliveredAt;

  @Column(name = "delivered_to", length = 254)
  private String deliveredTo;

  @Version private long version;

  protected DigitalDelivery() {} // for JPA only

  DigitalDelivery(OrderLine line, int units, Product product, Instant at) {
    this.orderLineId = line.id();
    this.orderId = line.purchaseOrder().order().id();
    this.purchaseOrderId = line.purchaseOrder().id();
    this.buyerId = line.purchaseOrder().buyerId();
    this.supplierId = line.purchaseOrder().supplierId();
    this.productId = product.id();
    this.productName = line.name();
    this.licenceType = product.digital().licenceType() == null ? null : product.digital().licenceType().name();
    this.downloadUrl = product.digital().downloadUrl();
    this.trainingUrl = product.digital().trainingUrl();
    this.units = units;
    this.createdAt = at;
  }

  /** @return true the first time: that opening is the delivery */
  boolean open(String by, Instant at) {
    if (deliveredAt != null) {
      return false;
    }
    deliveredAt = at;
    deliveredTo = by;
    return true;
  }

  @Override
  public boolean isVisibleTo(String organizationId) {
    return buyerId.equals(organizationId) || supplierId.equals(organizationId);
  }

  public Long id() { return id; }
  public Long orderId() { return orderId; }
  public Long purchaseOrderId() { return purchaseOrderId; }
  public String buyerId() { return buyerId; }
  public Long productId() { return productId; }
  public String productName() { return productName; }
  public String licenceType() { return licenceType; }
  public String downloadUrl() { return downloadUrl; }
  public String trainingUrl() { return trainingUrl; }
  public int units() { return units; }
  public Instant createdAt() { return createdAt; }
  public Instant deliveredAt() { return deliveredAt; }
}
