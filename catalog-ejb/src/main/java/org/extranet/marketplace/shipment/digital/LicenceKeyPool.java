// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.shipment.digital;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.extranet.marketplace.catalog.Product;
import org.extranet.marketplace.catalog.ProductKind;
import org.extranet.marketplace.organization.Caller;
import org.extranet.marketplace.organization.MemberRole;
import org.extranet.marketplace.shared.ConflictException;
import org.extranet.marketplace.shared.NotFoundException;
import org.extranet.marketplace.shared.RejectedDocumentException;

/**
 * A supplier's licence keys for one of its DIGITAL products: upload (one key per line; all or nothing, a
 * line-numbered report of blank-free duplicates and over-long keys), and how many are available and issued.
 * Keys uploaded go first to deliveries still waiting for them.
 */
@Stateless
public class LicenceKeyPool {

  /** @param added keys added by this upload */
  public record Counts(Long productId, long available, long issued, int added) {}

  @Inject Caller caller;
  @Inject KeyIssuing issuing;
  @Inject Clock clock;
  @PersistenceContext EntityManager em;

  public Counts upload(Long productId, List<String> lines) {
    Product product = suppliersDigital(productId);
    List<RejectedDocumentException.LineError> bad = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String key = lines.get(i) == null ? "" : lines.get(i).strip();
      if (key.isEmpty()) {
        continue;
      }
      if (key.length() > 200) {
        bad.add(new RejectedDocumentException.LineError(i + 1, "key", "longer than 200 characters"));
      } else if (!seen.add(key) || isKnown(productId, key)) {
        bad.add(new RejectedDocumentException.LineError(i + 1, "key", "already in the pool: " + key));
      } else {
        keys.add(key);
      }
    }
    if (keys.isEmpty() && bad.isEmpty()) {
      bad.add(new RejectedDocumentException.LineError(0, "keys", "no keys, one per line"));
    }
    if (!bad.isEmpty()) {
      throw new RejectedDocumentException("No keys were added; fix these lines and upload again.", bad);
    }
    keys.forEach(k -> em.persist(new LicenceKey(product.id(), product.supplierId(), k, clock.instant())));
    em.flush();
    issuing.issueWaiting(productId);
    return counts(productId, keys.size());
  }

  public Counts counts(Long productId) {
    suppliersDigital(productId);
    return counts(productId, 0);
  }

  private Counts counts(Long productId, int added) {
    long issued = em.createQuery("select count(k) from LicenceKey k where k.productId = :p and k.deliveryId is not null", Long.class)
        .setParameter("p", productId).getSingleResult();
    long all = em.createQuery("select count(k) from LicenceKey k where k.productId = :p", Long.class)
        .setParameter("p", productId).getSingleResult();
    return new Counts(productId, all - issued, issued, added);
  }

  private Product suppliersDigital(Long productId) {
    caller.require(MemberRole.SUPPLIER, MemberRole.PARTNER_INTEGRATION);
    Product product = em.find(Product.class, productId);
    if (product == null || !product.supplierId().equals(caller.organizationId())) {
      throw new NotFoundException("Product", productId);
    }
    if (product.kind() != ProductKind.DIGITAL) {
      throw new ConflictException("product " + productId + " is not DIGITAL: it ships, it has no licence keys");
    }
    return product;
  }

  private boolean isKnown(Long productId, String key) {
    return !em.createQuery("select k.id from LicenceKey k where k.productId = :p and k.value = :v", Long.class)
        .setParameter("p", productId).setParameter("v", key).setMaxResults(1).getResultList().isEmpty();
  }
}
