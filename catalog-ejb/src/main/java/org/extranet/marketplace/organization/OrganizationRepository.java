// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.organization;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Organizations and their members. Unscoped: use cases go through {@link Tenancy} for reads. */
@ApplicationScoped
public class OrganizationRepository {

  @PersistenceContext EntityManager em;

  public Optional<Organization> find(String id) {
    return Optional.ofNullable(em.find(Organization.class, id));
  }

  /** The names of the given organizations in one query; ids the network does not know are left out. */
  public Map<String, String> names(Collection<String> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return em.createQuery("select o from Organization o where o.id in :ids", Organization.class)
        .setParameter("ids", ids)
        .getResultStream()
        .collect(Collectors.toMap(Organization::id, Organization::name));
  }

  /** Every organization of one kind, by name. */
  public List<Organization> ofKind(OrganizationKind kind) {
    return em.createQuery("select o from Organization o where o.kind = :kind order by o.name", Organization.class)
        .setParameter("kind", kind)
        .getResultList();
  }

  public boolean nameTaken(String name) {
    return !em.createQuery("select o.id from Organization o where lower(o.name) = lower(:name)", String.class)
        .setParameter("name", name.strip())
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  public boolean domainTaken(String emailDomain) {
    return !em.createQuery("select o.id from Organization o where o.emailDomain = :domain", String.class)
        .setParameter("domain", emailDomain.strip().toLowerCase())
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  public Optional<Member> memberByEmail(String email) {
    return em.createQuery("select m from Member m where m.email = :email", Member.class)
        .setParameter("email", email.strip().toLowerCase())
        .getResultStream()
        .findFirst();
  }

  public List<Member> members(String organizationId) {
    return em.createQuery(
            "select m from Member m where m.organization.id = :org order by m.email", Member.class)
        .setParameter("org", organizationId)
        .getResultList();
  }

  public void store(Organization organization) {
    em.persist(organization);
  }

  public void store(Member member) {
    em.persist(member);
  }
}
