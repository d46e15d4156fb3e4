// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.supplier;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.extranet.marketplace.shared.ConflictException;

/**
 * A supplier back in the vetting queue because its scorecard breached the operator's thresholds: OPEN until
 * the operator keeps it (KEPT) or suspends it (SUSPENDED), once.
 */
@Entity
@Table(name = "supplier_review")
public class SupplierReview {

  public enum Status { OPEN, KEPT, SUSPENDED }

  /** What the operator decides. */
  public enum Outcome { KEEP, SUSPEND }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "supplier_id", nullable = false, length = 36)
  private String supplierId;

  @Column(nullable = false, length = 2000)
  private String reasons;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private Status status;

  @Column(name = "opened_at", nullable = false)
  private Instant openedAt;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "decided_by", length = 254)
  private String decidedBy;

  @Column(length = 1000)
  private String note;

  @Version
  private long version;

  protected SupplierReview() {} // for JPA only

  SupplierReview(String supplierId, String reasons, Instant at) {
    this.supplierId = supplierId;
    this.reasons = reasons.length() > 2000 ? reasons.substring(0, 2000) : reasons;
    this.status = Status.OPEN;
    this.openedAt = at;
  }

  void decide(Outcome outcome, String by, String note, Instant at) {
    if (status != Status.OPEN) {
      throw new ConflictException("this re-review was decided already (" + status + ")");
    }
    this.status = outcome == Outcome.KEEP ? Status.KEPT : Status.SUSPENDED;
    this.decidedBy = by;
    this.note = note;
    this.decidedAt = at;
  }

  public Long id() { return id; }
  public String supplierId() { return supplierId; }
  public String reasons() { return reasons; }
  public Status status() { return status; }
  public Instant openedAt() { return openedAt; }
  public Instant decidedAt() { return decidedAt; }
  public String decidedBy() { return decidedBy; }
  public String note() { return note; }
}
