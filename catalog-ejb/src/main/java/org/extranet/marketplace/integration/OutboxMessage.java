// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.integration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** One document on its way to one partner over one channel. */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage {

  /** Attempts before a message is given up as DEAD. */
  static final int MAX_ATTEMPTS = 8;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "recipient_id", nullable = false, length = 36)
  private String recipientId;

  @Column(nullable = false, length = 16)
  private String channel;

  @Column(name = "document_type", nullable = false, length = 32)
  private String documentType;

  @Column(name = "document_id", nullable = false)
  private Long documentId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private OutboxStatus status;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  private Instant nextAttemptAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "delivered_at")
  private Instant deliveredAt;

  @Column(name = "last_error", length = 1000)
  private String lastError;

  protected OutboxMessage() {} // for JPA only

  OutboxMessage(String recipientId, String channel, String documentType, Long documentId, Instant at) {
    this.recipientId = recipientId;
    this.channel = channel;
    this.documentType = documentType;
    this.documentId = documentId;
    this.status = OutboxStatus.PENDING;
    this.nextAttemptAt = at;
    this.createdAt = at;
  }

  void delivered(Instant at) {
    attempts++;
    status = OutboxStatus.DELIVERED;
    deliveredAt = at;
    lastError = null;
  }

  /** A failed attempt: retried after an exponentially growing pause (30 s, 1 min, 2 min …), then DEAD. */
  void failed(Instant at, String error) {
    attempts++;
    lastError = error == null || error.length() <= 1000 ? error : error.substring(0, 1000);
    if (attempts >= MAX_ATTEMPTS) {
      status = OutboxStatus.DEAD;
    } else {
      nextAttemptAt = at.plus(Duration.ofSeconds(30L << (attempts - 1)));
    }
  }

  public Long id() { return id; }
  public String recipientId() { return recipientId; }
  public String channel() { return channel; }
  public String documentType() { return documentType; }
  public Long documentId() { return documentId; }
  public OutboxStatus status() { return status; }
  public int attempts() { return attempts; }
  public Instant nextAttemptAt() { return nextAttemptAt; }
  public String lastError() { return lastError; }
}
