// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Applications, memberships, tiers and the audit trail. Unscoped: use cases read through Tenancy. */
@ApplicationScoped
public class SupplierRepository {

  @PersistenceContext EntityManager em;

  public List<MembershipTier> tiers() {
    return em.createQuery("select t from MembershipTier t order by t.rank", MembershipTier.class).getResultList();
  }

  public Optional<MembershipTier> tier(String code) {
    return Optional.ofNullable(code == null ? null : em.find(MembershipTier.class, code));
  }

  public Optional<Membership> membership(String organizationId) {
    return em.createQuery("select m from Membership m where m.organizationId = :org", Membership.class)
        .setParameter("org", organizationId)
        .getResultStream()
        .findFirst();
  }

  /** The membership, locked until the transaction ends: serializes listing creations against the tier's limit. */
  public Optional<Membership> lockedMembership(String organizationId) {
    return em.createQuery("select m from Membership m where m.organizationId = :org", Membership.class)
        .setParameter("org", organizationId)
        .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  public List<Membership> memberships(MembershipStatus status) {
    return em.createQuery("select m from Membership m where m.status = :status", Membership.class)
        .setParameter("status", status)
        .getResultList();
  }

  /** The organization ids of memberships in one status: ids only, read on every search, so no entities. */
  public List<String> memberIds(MembershipStatus status) {
    return em.createQuery("select m.organizationId from Membership m where m.status = :status", String.class)
        .setParameter("status", status)
        .getResultList();
  }

  public List<Membership> allMemberships() {
    return em.createQuery("select m from Membership m order by m.organizationId", Membership.class).getResultList();
  }

  public List<Membership> unlapsedMemberships() {
    return em.createQuery("select m from Membership m where m.status <> :lapsed", Membership.class)
        .setParameter("lapsed", MembershipStatus.LAPSED)
        .getResultList();
  }

  /** A DRAFT or SUBMITTED application: a company has at most one at a time. */
  public boolean hasOpenApplication(String organizationId) {
    return !em.createQuery(
            "select a.id from SupplierApplication a where a.organizationId = :org and a.status in :open", Long.class)
        .setParameter("org", organizationId)
        .setParameter("open", java.util.List.of(ApplicationStatus.DRAFT, ApplicationStatus.SUBMITTED))
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /** Applications, newest first (ids grow with time; a draft has no submission time yet); {@code organizationId} null for all, {@code status} null for any. */
  public List<SupplierApplication> applications(String organizationId, ApplicationStatus status) {
    return em.createQuery(
            "select a from SupplierApplication a where (:org is null or a.organizationId = :org)"
                + " and (:status is null or a.status = :status) order by a.id desc",
            SupplierApplication.class)
        .setParameter("org", organizationId)
        .setParameter("status", status)
        .getResultList();
  }

  public List<ApplicationDocument> documents(Long applicationId) {
    return em.createQuery(
            "select d from ApplicationDocument d where d.applicationId = :app order by d.uploadedAt, d.id", ApplicationDocument.class)
        .setParameter("app", applicationId)
        .getResultList();
  }

  public List<SupplierDecision> decisions(String organizationId) {
    return em.createQuery(
            "select d from SupplierDecision d where d.organizationId = :org order by d.decidedAt, d.id", SupplierDecision.class)
        .setParameter("org", organizationId)
        .getResultList();
  }

  public void store(Object supplierNetworkObject) {
    em.persist(supplierNetworkObject);
  }

  /** Writes pending changes now, so a concurrent decision fails here (409) rather than at commit. */
  public void flush() {
    em.flush();
  }
}
