// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.e2e;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * Waits for something the server does in the background (the outbox worker delivering a purchase order):
 * asks again every quarter second until the answer is there or the time is up. Not a timing assertion —
 * the bound only keeps a broken server from hanging the build.
 */
public final class Poll {

  private static final Duration PAUSE = Duration.ofMillis(250);

  private Poll() {}

  public static <T> Optional<T> until(Supplier<Optional<T>> answer, Duration atMost) {
    Instant deadline = Instant.now().plus(atMost);
    while (true) {
      Optional<T> found = answer.get();
      if (found.isPresent() || Instant.now().isAfter(deadline)) {
        return found;
      }
      LockSupport.parkNanos(PAUSE.toNanos());
    }
  }
}
