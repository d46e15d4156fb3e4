// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.catalog.search;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Where an index stands in the catalog change log. Sequence numbers are handed out when rows are
 * inserted but become visible when their transactions commit, so a lower number can appear after a
 * higher one: a gap is remembered and asked for again until it fills or is older than any transaction
 * could be (then its number was rolled back and never will appear).
 */
public final class ChangeLogCursor {

  /** A jump beyond this many numbers is not waited for number by number (only its newest ones). */
  static final int MAX_GAPS = 1_000;

  private final Duration patience;
  private long position;
  private final Map<Long, Instant> gaps = new HashMap<>();

  public ChangeLogCursor(long position, Duration patience) {
    this.position = position;
    this.patience = patience;
  }

  /** The highest sequence number seen. */
  public long position() {
    return position;
  }

  /** Numbers below {@link #position} not seen yet: ask for them again. */
  public Set<Long> gaps() {
    return Set.copyOf(gaps.keySet());
  }

  /** Records the sequence numbers one read returned (in any order), at {@code now}. */
  public void saw(Set<Long> sequenceNumbers, Instant now) {
    long highest = sequenceNumbers.stream().mapToLong(Long::longValue).max().orElse(position);
    for (long seq = Math.max(position + 1, highest - MAX_GAPS); seq < highest; seq++) {
      gaps.put(seq, now);
    }
    gaps.keySet().removeAll(sequenceNumbers);
    position = Math.max(position, highest);
    gaps.values().removeIf(firstMissed -> firstMissed.plus(patience).isBefore(now));
  }
}
