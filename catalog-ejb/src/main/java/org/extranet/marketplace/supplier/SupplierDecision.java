// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.supplier;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The audit trail: who decided what about a supplier, and when. Append-only. */
@Entity
@Table(name = "supplier_decision")
public class SupplierDecision {

  /** What was decided. APPLIED: the application was submitted to the operator. */
  public enum Action {
    DRAFT_STARTED,
    DRAFT_REVISED,
    APPLIED,
    DOCUMENT_ATTACHED,
    CHECKLIST_RECORDED,
    APPROVED,
    REJECTED,
    SUSPENDED,
    REINSTATED,
    REMINDED,
    LAPSED,
    RENEWED,
    RE_REVIEW_OPENED,
    KEPT_AFTER_RE_REVIEW
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "organization_id", nullable = false, length = 36)
  private String organizationId;

  @Column(name = "application_id")
  private Long applicationId;

  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  @Column(nullable = false, length = 32)
  private Action action;

  @Column(nullable = false, length = 254)
  private String actor;

  @Column(name = "decided_at", nullable = false)
  private Instant decidedAt;

  @Column(length = 1000)
  private String detail;

  protected SupplierDecision() {} // for JPA only

  SupplierDecision(String organizationId, Long applicationId, Action action, String actor, Instant decidedAt, String detail) {
    this.organizationId = organizationId;
    this.applicationId = applicationId;
    this.action = action;
    this.actor = actor;
    this.decidedAt = decidedAt;
    this.detail = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
  }

  public Action action() { return action; }
  public String actor() { return actor; }
  public Instant decidedAt() { return decidedAt; }
  public String detail() { return detail; }
  public Long applicationId() { return applicationId; }
}
