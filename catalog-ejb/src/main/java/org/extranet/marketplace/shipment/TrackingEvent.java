// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.shipment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One thing the carrier reported: what, when it happened, where, and a note (the reason of a failure). */
@Entity
@Table(name = "tracking_event")
public class TrackingEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "shipment_id")
  private Shipment shipment;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private TrackingCode code;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(length = 200)
  private String location;

  @Column(length = 1000)
  private String note;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @Column(name = "recorded_by", length = 254)
  private String recordedBy;

  protected TrackingEvent() {} // for JPA only

  TrackingEvent(Shipment shipment, TrackingCode code, Instant occurredAt, String location, String note,
      Instant recordedAt, String recordedBy) {
    this.shipment = shipment;
    this.code = code;
    this.occurredAt = occurredAt;
    this.location = location;
    this.note = note;
    this.recordedAt = recordedAt;
    this.recordedBy = recordedBy;
  }

  public Long id() { return id; }
  public Shipment shipment() { return shipment; }
  public TrackingCode code() { return code; }
  public Instant occurredAt() { return occurredAt; }
  public String location() { return location; }
  public String note() { return note; }
  public Instant recordedAt() { return recordedAt; }
  public String recordedBy() { return recordedBy; }
}
