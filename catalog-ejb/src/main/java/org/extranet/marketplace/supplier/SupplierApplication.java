// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.supplier;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.extranet.marketplace.organization.TenantOwned;
import org.extranet.marketplace.shared.ConflictException;
import org.extranet.marketplace.shared.Validation;

/**
 * A company's application to join the network, the root of the vetting aggregate. Life cycle:
 * SUBMITTED → (checklist worked by the operator) → APPROVED or REJECTED, both final. Approval needs every
 * {@link ChecklistItem} passed; a decided application cannot be decided again. The version guards two
 * operators deciding at once: one wins, the other's commit fails (409).
 */
@Entity
@Table(name = "supplier_application")
public class SupplierApplication implements TenantOwned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "organization_id", nullable = false, length = 36)
  private String organizationId;

  @Embedded private CompanyDetails company;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private ApplicationStatus status;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "application_checklist_item", joinColumns = @JoinColumn(name = "application_id"))
  private List<ChecklistEntry> checklist = new ArrayList<>();

  @Column(name = "submitted_at", nullable = false)
  private Instant submittedAt;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "decided_by", length = 254)
  private String decidedBy;

  @Column(name = "decision_reason", length = 1000)
  private String decisionReason;

  @Version private long version;

  protected SupplierApplication() {} // for JPA only

  public SupplierApplication(String organizationId, CompanyDetails company, Instant submittedAt) {
    this.organizationId = Objects.requireNonNull(organizationId);
    this.company = Objects.requireNonNull(company);
    this.submittedAt = Objects.requireNonNull(submittedAt);
    this.status = ApplicationStatus.SUBMITTED;
  }

  /** Records (or corrects) the operator's finding on one item while the application is open. */
  public void record(ChecklistItem item, boolean passed, String note, String operator, Instant at) {
    requireOpen();
    new Validation().require(note == null || note.length() <= 1000, "note", "must be at most 1000 characters").orThrow();
    checklist.removeIf(entry -> entry.item() == item);
    checklist.add(new ChecklistEntry(item, passed, note, operator, at));
  }

  public List<ChecklistItem> outstandingItems() {
    return Arrays.stream(ChecklistItem.values())
        .filter(item -> entry(item).map(entry -> !entry.passed()).orElse(true))
        .toList();
  }

  public void approve(String operator, Instant at) {
    requireOpen();
    List<ChecklistItem> outstanding = outstandingItems();
    if (!outstanding.isEmpty()) {
      throw new ConflictException("the vetting checklist is incomplete: " + outstanding);
    }
    decide(ApplicationStatus.APPROVED, operator, at, null);
  }

  public void reject(String operator, Instant at, String reason) {
    requireOpen();
    new Validation().requireText(reason, "reason", 1000).orThrow();
    decide(ApplicationStatus.REJECTED, operator, at, reason.strip());
  }

  private void decide(ApplicationStatus decision, String operator, Instant at, String reason) {
    this.status = decision;
    this.decidedBy = operator;
    this.decidedAt = at;
    this.decisionReason = reason;
  }

  private void requireOpen() {
    if (status != ApplicationStatus.SUBMITTED) {
      throw new ConflictException("application " + id + " is already " + status);
    }
  }

  public Optional<ChecklistEntry> entry(ChecklistItem item) {
    return checklist.stream().filter(entry -> entry.item() == item).findFirst();
  }

  @Override
  public boolean isVisibleTo(String organizationId) {
    return this.organizationId.equals(organizationId);
  }

  public Long id() { return id; }
  public String organizationId() { return organizationId; }
  public CompanyDetails company() { return company; }
  public ApplicationStatus status() { return status; }
  public Instant submittedAt() { return submittedAt; }
  public Instant decidedAt() { return decidedAt; }
  public String decidedBy() { return decidedBy; }
  public String decisionReason() { return decisionReason; }
}
