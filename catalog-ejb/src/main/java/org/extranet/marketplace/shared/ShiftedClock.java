// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The marketplace's clock: a base clock plus a shift, zero except while the demo's year of history is
 * written by running the real use cases "back then". The shift is the whole application's, not a thread's:
 * background work (the outbox) would otherwise stamp a past order's steps with today. While shifted, the
 * outbox worker stands aside and the history loader delivers what it queued itself.
 */
public final class ShiftedClock extends Clock {

  private final Clock base;
  private volatile Duration shift = Duration.ZERO;

  public ShiftedClock(Clock base) {
    this.base = base;
  }

  /** From now on the clock reads {@code instant} (and runs on from there) until {@link #backToPresent()}. */
  public void travelTo(Instant instant) {
    shift = Duration.between(base.instant(), instant);
  }

  public void backToPresent() {
    shift = Duration.ZERO;
  }

  public boolean isShifted() {
    return !shift.isZero();
  }

  @Override
  public Instant instant() {
    return base.instant().plus(shift);
  }

  @Override
  public ZoneId getZone() {
    return base.getZone();
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return new Clock() {
      @Override public ZoneId getZone() { return zone; }
      @Override public Clock withZone(ZoneId other) { return ShiftedClock.this.withZone(other); }
      @Override public Instant instant() { return ShiftedClock.this.instant(); }
    };
  }
}
