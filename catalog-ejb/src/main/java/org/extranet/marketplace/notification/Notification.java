// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.extranet.marketplace.organization.TenantOwned;

/** One message to an organization about one of its orders; read once by any of its people. */
@Entity
@Table(name = "notification")
public class Notification implements TenantOwned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "organization_id", nullable = false, length = 36)
  private String organizationId;

  @Column(name = "order_id", nullable = false)
  private Long orderId;

  @Column(name = "purchase_order_id")
  private Long purchaseOrderId;

  @Column(nullable = false, length = 48)
  private String step;

  @Column(nullable = false, length = 200)
  private String title;

  @Column(length = 1000)
  private String body;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "read_at")
  private Instant readAt;

  @Column(name = "read_by", length = 254)
  private String readBy;

  protected Notification() {} // for JPA only

  Notification(String organizationId, Long orderId, Long purchaseOrderId, String step, String title, String body, Instant at) {
    this.organizationId = organizationId;
    this.orderId = orderId;
    this.purchaseOrderId = purchaseOrderId;
    this.step = step;
    this.title = title;
    this.body = body;
    this.createdAt = at;
  }

  void read(String by, Instant at) {
    if (readAt == null) {
      readAt = at;
      readBy = by;
    }
  }

  @Override
  public boolean isVisibleTo(String organization) {
    return organizationId.equals(organization);
  }

  public Long id() { return id; }
  public String organizationId() { return organizationId; }
  public Long orderId() { return orderId; }
  public Long purchaseOrderId() { return purchaseOrderId; }
  public String step() { return step; }
  public String title() { return title; }
  public String body() { return body; }
  public Instant createdAt() { return createdAt; }
  public Instant readAt() { return readAt; }
}
