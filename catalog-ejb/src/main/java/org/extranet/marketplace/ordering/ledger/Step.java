// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.ordering.ledger;

import java.util.Objects;

/**
 * Who did a step and how: what the ledger records beside the event's type. Boundaries build it (they know
 * the channel and, in the portal, the time on task); the marketplace's own work uses {@link #system()}.
 *
 * @param source only for {@link Channel#MANUAL}: where the keyed document came from
 * @param automated true when no person worked on the step (a partner system, the marketplace)
 * @param timeOnTaskSeconds a person's measured time on the step, when the portal could measure it
 * @param rework true when the step redoes earlier work (re-confirming changed prices, correcting an error)
 */
public record Step(Channel channel, ManualSource source, String actor, String actorOrganizationId, ActorRole actorRole,
    boolean automated, Integer timeOnTaskSeconds, boolean rework) {

  /** Longest time on task recorded for one step (a tab left open over lunch is not work). */
  public static final int MAX_TIME_ON_TASK_SECONDS = 3600;

  public Step {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(actorRole, "actorRole");
    if ((channel == Channel.MANUAL) != (source != null)) {
      throw new IllegalArgumentException("a manual step names its source, and only a manual step does");
    }
    if (timeOnTaskSeconds != null) {
      timeOnTaskSeconds = Math.max(0, Math.min(timeOnTaskSeconds, MAX_TIME_ON_TASK_SECONDS));
    }
  }

  /** The marketplace's own automated work. */
  public static Step system() {
    return new Step(Channel.SYSTEM, null, null, null, ActorRole.SYSTEM, true, null, false);
  }

  /** The same actor and channel doing a later step (no time on task of its own, unless measured again). */
  public Step withoutTimeOnTask() {
    return new Step(channel, source, actor, actorOrganizationId, actorRole, automated, null, rework);
  }

  public Step asRework() {
    return new Step(channel, source, actor, actorOrganizationId, actorRole, automated, timeOnTaskSeconds, true);
  }
}
