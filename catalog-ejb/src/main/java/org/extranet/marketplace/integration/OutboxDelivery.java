// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.integration;

/**
 * Delivers one kind of document over one channel. The capability that owns the document implements it
 * (ordering delivers purchase orders to the supplier's portal inbox); the outbox worker picks the one that
 * {@link #handles} a message. Runs inside the worker's transaction; throw to have the message retried.
 */
public interface OutboxDelivery {

  boolean handles(String channel, String documentType);

  void deliver(OutboxMessage message);
}
