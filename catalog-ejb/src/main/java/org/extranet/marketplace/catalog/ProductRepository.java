// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Listings. Unscoped: use cases apply the entry barrier and tenancy. */
@ApplicationScoped
public class ProductRepository {

  @PersistenceContext EntityManager em;

  public Optional<Product> bySku(String supplierId, String sku) {
    return em.createQuery("select p from Product p where p.supplierId = :supplier and p.sku = :sku", Product.class)
        .setParameter("supplier", supplierId)
        .setParameter("sku", sku)
        .getResultStream()
        .findFirst();
  }

  /** The supplier's live (not withdrawn) listings, by SKU. */
  public List<Product> ofSupplier(String supplierId, int page, int size) {
    return em.createQuery(
            "select p from Product p where p.supplierId = :supplier and p.withdrawnAt is null order by p.sku", Product.class)
        .setParameter("supplier", supplierId)
        .setFirstResult(page * size)
        .setMaxResults(size)
        .getResultList();
  }

  /** All the supplier's listings, withdrawn ones too (an import may bring them back). */
  public List<Product> allOfSupplier(String supplierId) {
    return em.createQuery("select p from Product p where p.supplierId = :supplier", Product.class)
        .setParameter("supplier", supplierId)
        .getResultList();
  }

  public long countLive(String supplierId) {
    return em.createQuery(
            "select count(p) from Product p where p.supplierId = :supplier and p.withdrawnAt is null", Long.class)
        .setParameter("supplier", supplierId)
        .getSingleResult();
  }

  /** Listings by id, in no particular order (a search page is ordered by its index). */
  public List<Product> byIds(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery("select p from Product p where p.id in :ids", Product.class)
        .setParameter("ids", ids)
        .getResultList();
  }

  /** Every supplier's product ids with one of these SKUs (a SKU is unique per supplier only). */
  public Map<String, List<Long>> idsBySku(Collection<String> skus) {
    if (skus.isEmpty()) {
      return Map.of();
    }
    return em.createQuery("select p.sku, p.id from Product p where p.sku in :skus order by p.id", Object[].class)
        .setParameter("skus", skus)
        .getResultStream()
        .collect(java.util.stream.Collectors.groupingBy(row -> (String) row[0],
            java.util.stream.Collectors.mapping(row -> (Long) row[1], java.util.stream.Collectors.toList())));
  }

  public Optional<Product> find(Long id) {
    return Optional.ofNullable(id == null ? null : em.find(Product.class, id));
  }

  public void store(Product product) {
    em.persist(product);
  }

  /** Writes now, so a duplicate SKU from a concurrent call fails inside the use case (409). */
  public void flush() {
    em.flush();
  }
}
