// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.catalog.search;

/** Whether this instance searches its index yet (it answers with SQL while building), for health checks. */
public interface SearchIndexStatus {

  boolean isReady();

  /** Waits until the index is ready or {@code max} has passed; true when it is ready. */
  boolean awaitReady(java.time.Duration max);

  /** Listings in the index now. */
  long listings();
}
