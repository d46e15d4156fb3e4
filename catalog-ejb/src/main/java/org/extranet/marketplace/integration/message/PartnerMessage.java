// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.integration.message;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import org.extranet.marketplace.organization.TenantOwned;

/** One document in the message ledger: archived raw when it arrives, then what became of it. */
@Entity
@Table(name = "partner_message")
public class PartnerMessage implements TenantOwned {

  public enum Direction { INBOUND, OUTBOUND }

  public enum Format { X12, EDIFACT, SOAP, JSON }

  public enum Status { RECEIVED, ACCEPTED, PARTIALLY_ACCEPTED, REJECTED, DUPLICATE }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8)
  private Direction direction;

  @Column(name = "organization_id", nullable = false, length = 36)
  private String organizationId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8)
  private Format format;

  @Column(name = "document_type", length = 16)
  private String documentType;

  @Column(name = "sender_id", length = 35)
  private String senderId;

  @Column(name = "control_number", length = 20)
  private String controlNumber;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Status status;

  @Lob
  @Column(nullable = false)
  private String content;

  @Column(name = "content_sha256", nullable = false, length = 64)
  private String contentSha256;

  @Column(name = "received_at", nullable = false)
  private Instant receivedAt;

  @Column(name = "processed_at")
  private Instant processedAt;

  @Lob
  private String acknowledgement;

  @Column(length = 2000)
  private String detail;

  @Column(name = "orders_created", length = 500)
  private String ordersCreated;

  protected PartnerMessage() {} // for JPA only

  PartnerMessage(Direction direction, String organizationId, Format format, String content, String sha256, Instant at) {
    this.direction = direction;
    this.organizationId = organizationId;
    this.format = format;
    this.content = content;
    this.contentSha256 = sha256;
    this.receivedAt = at;
    this.status = Status.RECEIVED;
  }

  void identify(String documentType, String senderId, String controlNumber) {
    this.documentType = documentType;
    this.senderId = senderId;
    this.controlNumber = controlNumber;
  }

  void settle(Status status, String acknowledgement, String detail, String ordersCreated, Instant at) {
    this.status = status;
    this.acknowledgement = acknowledgement;
    this.detail = detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000);
    this.ordersCreated = ordersCreated;
    this.processedAt = at;
  }

  @Override
  public boolean isVisibleTo(String organizationId) {
    return this.organizationId.equals(organizationId);
  }

  public Long id() { return id; }
  public Direction direction() { return direction; }
  public String organizationId() { return organizationId; }
  public Format format() { return format; }
  public String documentType() { return documentType; }
  public String senderId() { return senderId; }
  public String controlNumber() { return controlNumber; }
  public Status status() { return status; }
  public String content() { return content; }
  public String contentSha256() { return contentSha256; }
  public Instant receivedAt() { return receivedAt; }
  public Instant processedAt() { return processedAt; }
  public String acknowledgement() { return acknowledgement; }
  public String detail() { return detail; }
  public String ordersCreated() { return ordersCreated; }
}
