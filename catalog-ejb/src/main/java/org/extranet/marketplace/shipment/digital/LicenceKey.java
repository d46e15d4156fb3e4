// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.shipment.digital;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One licence key in a supplier's pool for a product: available until issued to one digital delivery. */
@Entity
@Table(name = "licence_key")
public class LicenceKey {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "product_id", nullable = false)
  private Long productId;

  @Column(name = "supplier_id", nullable = false, length = 36)
  private String supplierId;

  @Column(name = "key_value", nullable = false, length = 200)
  private String value;

  @Column(name = "delivery_id")
  private Long deliveryId;

  @Column(name = "added_at", nullable = false)
  private Instant addedAt;

  @Column(name = "issued_at")
  private Instant issuedAt;

  protected LicenceKey() {} // for JPA only

  LicenceKey(Long productId, String supplierId, String value, Instant at) {
    this.productId = productId;
    this.supplierId = supplierId;
    this.value = value;
    this.addedAt = at;
  }

  void issueTo(Long delivery, Instant at) {
    this.deliveryId = delivery;
    this.issuedAt = at;
  }

  public String value() { return value; }
  public Long deliveryId() { return deliveryId; }
}
