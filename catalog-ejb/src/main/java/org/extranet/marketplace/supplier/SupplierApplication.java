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
 * DRAFT (the applicant fills it in, step by step) → SUBMITTED (complete company details required) →
 * (checklist worked by the operator) → APPROVED or REJECTED, both final. The operator works only submitted
 * applications; approval needs every {@link ChecklistItem} passed; a decided application cannot be decided
 * again. The version guards two operators deciding at once: one wins, the other's commit fails (409).
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

  /** Null while a DRAFT. */
  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "decided_by", length = 254)
  private String decidedBy;

  @Column(name = "decision_reason", length = 1000)
  private String decisionReason;

  @Version private long version;

  protected SupplierApplication() {} // for JPA only

  /** A DRAFT with what the applicant has filled in so far ({@link CompanyDetails#draft}). */
  public SupplierApplication(String organizationId, CompanyDetails company) {
    this.organizationId = Objects.requireNonNull(organizationId);
    this.company = Objects.requireNonNull(company);
    this.status = ApplicationStatus.DRAFT;
  }

  /** The applicant corrects or completes the details; only while a DRAFT. */
  public void revise(CompanyDetails revised) {
    requireStatus(ApplicationStatus.DRAFT);
    this.company = Objects.requireNonNull(revised);
  }

  /** Hands the application to the operator; 400 naming every field still missing. */
  public void submit(Instant at) {
    requireStatus(ApplicationStatus.DRAFT);
    company.requireComplete();
    this.status = ApplicationStatus.SUBMITTED;
    this.submittedAt = Objects.requireNonNull(at);
  }

  /** DRAFT or SUBMITTED: not decided yet, so documents may still be added. */
  public boolean isOpen() {
    return status == ApplicationStatus.DRAFT || status == ApplicationStatus.SUBMITTED;
  }

  /** Records (or corrects) the operator's finding on one item while the application is under review. */
  public void record(ChecklistItem item, boolean passed, String note, String operator, Instant at) {
    requireStatus(ApplicationStatus.SUBMITTED);
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
    requireStatus(ApplicationStatus.SUBMITTED);
    List<ChecklistItem> outstanding = outstandingItems();
    if (!outstanding.isEmpty()) {
      throw new ConflictException("the vetting checklist is incomplete: " + outstanding);
    }
    decide(ApplicationStatus.APPROVED, operator, at, null);
  }

  public void reject(String operator, Instant at, String reason) {
    requireStatus(ApplicationStatus.SUBMITTED);
    new Validation().requireText(reason, "reason", 1000).orThrow();
    decide(ApplicationStatus.REJECTED, operator, at, reason.strip());
  }

  private void decide(ApplicationStatus decision, String operator, Instant at, String reason) {
    this.status = decision;
    this.decidedBy = operator;
    this.decidedAt = at;
    this.decisionReason = reason;
  }

  private void requireStatus(ApplicationStatus expected) {
    if (status == expected) {
      return;
    }
    throw new ConflictException(status == ApplicationStatus.DRAFT
        ? "application " + id + " is a DRAFT: the applicant has not submitted it yet"
        : "application " + id + " is already " + status);
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
