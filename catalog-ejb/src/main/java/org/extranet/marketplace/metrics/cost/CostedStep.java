// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.metrics.cost;

import org.extranet.marketplace.ordering.ledger.ActorRole;
import org.extranet.marketplace.ordering.ledger.Channel;
import org.extranet.marketplace.ordering.ledger.ManualSource;
import org.extranet.marketplace.ordering.ledger.OrderEvent;
import org.extranet.marketplace.ordering.ledger.OrderEventType;

/**
 * What the cost model needs of one ledger step: the activity it stands for (null for the marketplace's
 * bookkeeping), how it travelled, who did it and whether a person's time was measured.
 */
public record CostedStep(Long eventId, OrderEventType type, Activity activity, Channel channel, ManualSource source,
    ActorRole actorRole, boolean automated, Integer timeOnTaskSeconds) {

  public static CostedStep of(OrderEvent e) {
    return new CostedStep(e.id(), e.type(), Activity.of(e.type(), e.rework()).orElse(null), e.channel(), e.source(),
        e.actorRole(), e.automated(), e.timeOnTaskSeconds());
  }

  /** A step of a reference order (no ledger row behind it). */
  static CostedStep reference(OrderEventType type, ActorRole role, Channel channel, ManualSource source, boolean automated) {
    return new CostedStep(null, type, Activity.of(type, false).orElse(null), channel, source, role, automated, null);
  }
}
