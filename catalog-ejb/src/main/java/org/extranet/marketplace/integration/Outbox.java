// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.integration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/**
 * Queues a document for a partner in the caller's transaction: it leaves only if that transaction commits,
 * and it leaves even if the marketplace stops right after (a worker picks it up on any instance).
 */
@ApplicationScoped
public class Outbox {

  /** A partner's portal inbox: the channel every organization has. */
  public static final String PORTAL = "PORTAL";

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  public void enqueue(String recipientId, String channel, String documentType, Long documentId) {
    em.persist(new OutboxMessage(recipientId, channel, documentType, documentId, clock.instant()));
  }
}
