// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The catalog change log: every write that could change what a search returns (a listing published,
 * revised, withdrawn or restocked; a contract that makes a contract-only listing visible to a buyer) records
 * the product's id in the writing transaction. Search indexes on every instance tail it, so a rolled-back
 * write never reaches an index and a committed one reaches all of them.
 */
@ApplicationScoped
public class CatalogChanges {

  /** Fired with every record, in the writing transaction; observed after it commits. */
  public record Recorded() {}

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject Event<Recorded> recorded;

  public void record(Long productId) {
    em.createNativeQuery("insert into catalog_change (product_id, changed_at) values (?, ?)")
        .setParameter(1, productId)
        .setParameter(2, LocalDateTime.now(clock.withZone(ZoneOffset.UTC)))
        .executeUpdate();
    recorded.fire(new Recorded());
  }

  /** Every listing of one supplier, in one statement (after a bulk import). */
  public void recordAllOf(String supplierId) {
    em.createNativeQuery("insert into catalog_change (product_id, changed_at) select id, ? from product where supplier_id = ?")
        .setParameter(1, LocalDateTime.now(clock.withZone(ZoneOffset.UTC)))
        .setParameter(2, supplierId)
        .executeUpdate();
    recorded.fire(new Recorded());
  }
}
