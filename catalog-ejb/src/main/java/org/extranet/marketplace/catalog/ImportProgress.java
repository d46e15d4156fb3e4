// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How far the imports running on this instance have got, for progress bars. Only counts: the outcome
 * itself is on the archived {@link ListingImport}.
 */
@ApplicationScoped
public class ImportProgress {

  /** Lines applied so far of all lines in the file (0 of N while the file is still being checked). */
  public record Counts(int done, int total) {
    public int percent() {
      return total == 0 ? 0 : (int) (100L * done / total);
    }
  }

  private final Map<Long, Counts> running = new ConcurrentHashMap<>();

  void update(Long importId, int done, int total) {
    running.put(importId, new Counts(done, total));
  }

  void finish(Long importId) {
    running.remove(importId);
  }

  public Counts of(Long importId) {
    return running.getOrDefault(importId, new Counts(0, 0));
  }
}
