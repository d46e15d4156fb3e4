// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.catalog.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.concurrent.atomic.AtomicBoolean;
import org.extranet.marketplace.catalog.CatalogChanges;

/**
 * Whether this instance committed a catalog change the index has not read yet. Set once the writing
 * transaction has committed, so the next search here catches up first and a writer reads its own write;
 * other instances' writes arrive with the index's regular tail of the change log.
 */
@ApplicationScoped
public class LocalCommits {

  private final AtomicBoolean pending = new AtomicBoolean();

  void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) CatalogChanges.Recorded change) {
    pending.set(true);
  }

  /** True (once) when a local commit has happened since the last call. */
  boolean takePending() {
    return pending.getAndSet(false);
  }
}
