// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.supplier;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.extranet.marketplace.organization.Caller;
import org.extranet.marketplace.organization.MemberRole;
import org.extranet.marketplace.organization.OrganizationNames;
import org.extranet.marketplace.shared.InvalidInputException;
import org.extranet.marketplace.shared.NotFoundException;

/**
 * Re-reviews of ACTIVE suppliers (the vetting queue's second list): opened by the scorecard review when a
 * threshold is breached, decided by the operator — keep the supplier, or suspend it with the reasons.
 */
@Stateless
public class SupplierReviews {

  /** A re-review as the queue shows it. */
  public record View(Long id, String supplierId, String supplierName, String reasons, SupplierReview.Status status,
      Instant openedAt, Instant decidedAt, String decidedBy, String note) {}

  @Inject Caller caller;
  @Inject Clock clock;
  @Inject SupplierRepository suppliers;
  @Inject ManageMembership memberships;
  @Inject AuditTrail audit;
  @Inject OrganizationNames names;
  @PersistenceContext EntityManager em;

  /**
   * Opens a re-review unless the supplier has an open one; returns the new one's id. The supplier's
   * membership row is locked first, so two reviews running at once cannot both open one.
   */
  public Optional<Long> open(String supplierId, String reasons) {
    suppliers.lockedMembership(supplierId).orElseThrow(() -> new NotFoundException("Supplier", supplierId));
    boolean alreadyOpen = !em.createQuery("select r.id from SupplierReview r where r.supplierId = :s and r.status = :open", Long.class)
        .setParameter("s", supplierId).setParameter("open", SupplierReview.Status.OPEN).getResultList().isEmpty();
    if (alreadyOpen) {
      return Optional.empty();
    }
    SupplierReview review = new SupplierReview(supplierId, reasons, clock.instant());
    em.persist(review);
    audit.record(supplierId, null, SupplierDecision.Action.RE_REVIEW_OPENED, review.reasons());
    em.flush();
    return Optional.of(review.id());
  }

  public List<View> list(SupplierReview.Status status) {
    caller.require(MemberRole.OPERATOR);
    var query = em.createQuery("select r from SupplierReview r" + (status == null ? "" : " where r.status = :st")
        + " order by r.openedAt desc, r.id desc", SupplierReview.class);
    return views((status == null ? query : query.setParameter("st", status)).getResultList());
  }

  /** Keeps the supplier, or suspends it (its listings disappear at once) with the re-review's reasons. */
  public View decide(Long id, SupplierReview.Outcome outcome, String note) {
    caller.require(MemberRole.OPERATOR);
    if (outcome == null) {
      throw InvalidInputException.of("outcome", "KEEP or SUSPEND");
    }
    SupplierReview review = Optional.ofNullable(em.find(SupplierReview.class, id))
        .orElseThrow(() -> new NotFoundException("SupplierReview", id));
    String by = caller.email().orElse(caller.organizationId());
    review.decide(outcome, by, note == null || note.isBlank() ? null : note.strip(), clock.instant());
    if (outcome == SupplierReview.Outcome.SUSPEND) {
      memberships.suspend(review.supplierId(), "Scorecard re-review: " + review.reasons());
    } else {
      audit.record(review.supplierId(), null, SupplierDecision.Action.KEPT_AFTER_RE_REVIEW, review.note());
    }
    em.flush();
    return views(List.of(review)).get(0);
  }

  private List<View> views(List<SupplierReview> reviews) {
    Map<String, String> named = names.of(reviews.stream().map(SupplierReview::supplierId).toList());
    return reviews.stream().map(r -> new View(r.id(), r.supplierId(), named.get(r.supplierId()), r.reasons(), r.status(),
        r.openedAt(), r.decidedAt(), r.decidedBy(), r.note())).toList();
  }
}
