// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.ordering.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step of one order's life; written once, never changed. */
@Entity
@Table(name = "order_event")
public class OrderEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "order_id", nullable = false)
  private Long orderId;

  @Column(name = "purchase_order_id")
  private Long purchaseOrderId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 48)
  private OrderEventType type;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private Channel channel;

  @Enumerated(EnumType.STRING)
  @Column(length = 8)
  private ManualSource source;

  @Column(length = 254)
  private String actor;

  @Column(name = "actor_organization_id", length = 36)
  private String actorOrganizationId;

  @Enumerated(EnumType.STRING)
  @Column(name = "actor_role", nullable = false, length = 24)
  private ActorRole actorRole;

  @Column(nullable = false)
  private boolean automated;

  @Column(name = "time_on_task_seconds")
  private Integer timeOnTaskSeconds;

  @Column(nullable = false)
  private boolean rework;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(length = 1000)
  private String detail;

  @Column(name = "shipment_id")
  private Long shipmentId;

  protected OrderEvent() {} // for JPA only

  OrderEvent(Long orderId, Long purchaseOrderId, Long shipmentId, OrderEventType type, Step step, Instant at, String detail) {
    this.orderId = orderId;
    this.shipmentId = shipmentId;
    this.purchaseOrderId = purchaseOrderId;
    this.type = type;
    this.channel = step.channel();
    this.source = step.source();
    this.actor = step.actor();
    this.actorOrganizationId = step.actorOrganizationId();
    this.actorRole = step.actorRole();
    this.automated = step.automated();
    this.timeOnTaskSeconds = step.timeOnTaskSeconds();
    this.rework = step.rework();
    this.occurredAt = at;
    this.detail = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
  }

  public Long id() { return id; }
  public Long orderId() { return orderId; }
  public Long purchaseOrderId() { return purchaseOrderId; }
  public OrderEventType type() { return type; }
  public Channel channel() { return channel; }
  public ManualSource source() { return source; }
  public String actor() { return actor; }
  public String actorOrganizationId() { return actorOrganizationId; }
  public ActorRole actorRole() { return actorRole; }
  public boolean automated() { return automated; }
  public Integer timeOnTaskSeconds() { return timeOnTaskSeconds; }
  public boolean rework() { return rework; }
  public Instant occurredAt() { return occurredAt; }
  public String detail() { return detail; }
  /** The shipment the step was about, for shipping, delivery and receipt steps. */
  public Long shipmentId() { return shipmentId; }
}
