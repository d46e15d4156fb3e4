// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.catalog.pricing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;

/** Contract prices. Unscoped: use cases apply tenancy. */
@ApplicationScoped
public class ContractRepository {

  @PersistenceContext EntityManager em;

  /** A buyer's contracts for the given products (any period), for pricing a page in one query. */
  public List<ContractPrice> ofBuyer(String buyerId, Collection<Long> productIds) {
    if (productIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery("select c from ContractPrice c where c.buyerId = :buyer and c.productId in :products",
            ContractPrice.class)
        .setParameter("buyer", buyerId)
        .setParameter("products", productIds)
        .getResultList();
  }

  /** Contracts made by, or with, one organization (null: all), newest first. */
  public List<ContractPrice> involving(String organizationId, int page, int size) {
    return em.createQuery("select c from ContractPrice c where (:org is null or c.supplierId = :org or c.buyerId = :org)"
            + " order by c.createdAt desc, c.id desc", ContractPrice.class)
        .setParameter("org", organizationId)
        .setFirstResult(page * size)
        .setMaxResults(size)
        .getResultList();
  }

  public long countInvolving(String organizationId) {
    return em.createQuery("select count(c) from ContractPrice c where (:org is null or c.supplierId = :org or c.buyerId = :org)",
            Long.class)
        .setParameter("org", organizationId)
        .getSingleResult();
  }

  public java.util.Optional<ContractPrice> find(Long id) {
    return java.util.Optional.ofNullable(id == null ? null : em.find(ContractPrice.class, id));
  }

  public void store(ContractPrice contract) {
    em.persist(contract);
    em.flush();
  }
}
