// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.integration;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One worker pass over due messages, in its own transaction: claims up to a batch of them with
 * {@code SELECT … FOR UPDATE SKIP LOCKED} — rows another instance's worker holds are skipped, not waited
 * for — and delivers each through the {@link OutboxDelivery} that handles it.
 */
@Stateless
public class OutboxBatch {

  private static final Logger LOG = Logger.getLogger(OutboxBatch.class.getName());

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject @Any Instance<OutboxDelivery> deliveries;

  /** Delivers up to {@code limit} due messages; returns how many it claimed (0: nothing was due). */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int deliverDue(int limit) {
    @SuppressWarnings("unchecked")
    List<Number> ids = em.createNativeQuery(
            "select id from outbox_message where status = 'PENDING' and next_attempt_at <= ? order by id limit ?"
                + " for update skip locked")
        .setParameter(1, LocalDateTime.now(clock.withZone(ZoneOffset.UTC)))
        .setParameter(2, limit)
        .getResultList();
    for (Number id : ids) {
      deliver(em.find(OutboxMessage.class, id.longValue()));
    }
    return ids.size();
  }

  private void deliver(OutboxMessage message) {
    OutboxDelivery delivery = deliveries.stream()
        .filter(d -> d.handles(message.channel(), message.documentType()))
        .findFirst()
        .orElse(null);
    if (delivery == null) {
      message.failed(clock.instant(), "no delivery for " + message.documentType() + " over " + message.channel());
      return;
    }
    try {
      delivery.deliver(message);
      message.delivered(clock.instant());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Outbox message " + message.id() + " not delivered; will retry", e);
      message.failed(clock.instant(), e.toString());
    }
  }
}
