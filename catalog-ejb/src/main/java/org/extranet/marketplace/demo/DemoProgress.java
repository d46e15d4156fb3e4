// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.demo;

/** Where loading the demo network stands; {@code done} of {@code total} steps. */
public record DemoProgress(State state, String step, int done, int total, String message) {

  public enum State {
    IDLE,
    RUNNING,
    DONE,
    FAILED
  }

  static DemoProgress idle() {
    return new DemoProgress(State.IDLE, "", 0, 0, "not loaded");
  }
}
