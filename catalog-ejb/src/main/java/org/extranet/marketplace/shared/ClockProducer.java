// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Typed;
import java.time.Clock;

/**
 * The one clock use cases read time from: the system's, except while the demo's history is written — then
 * {@link ShiftedClock} runs the real use cases at past instants (see {@code demo.DemoHistory}).
 */
@ApplicationScoped
public class ClockProducer {

  private final ShiftedClock clock = new ShiftedClock(Clock.systemUTC());

  @Produces
  @ApplicationScoped
  Clock clock() {
    return clock;
  }

  /** The same clock, with the controls only the demo's history loader uses. */
  @Produces
  @Typed(ShiftedClock.class) // injected as Clock, it is the one above
  ShiftedClock shiftedClock() {
    return clock;
  }
}
