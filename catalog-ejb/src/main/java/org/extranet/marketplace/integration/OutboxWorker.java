// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.integration;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import org.extranet.marketplace.shared.ShiftedClock;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Drains the outbox every two seconds on every instance; instances share the work through the row locks
 * {@link OutboxBatch} takes. A pass still running when the next tick comes is not doubled.
 */
@Singleton
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class OutboxWorker {

  private static final Logger LOG = Logger.getLogger(OutboxWorker.class.getName());
  private static final int BATCH = 50;
  private static final int MAX_BATCHES_PER_PASS = 20;

  @Inject OutboxBatch batch;
  @Inject ShiftedClock clock;

  private final AtomicBoolean running = new AtomicBoolean();

  @Schedule(hour = "*", minute = "*", second = "*/2", persistent = false)
  public void drain() {
    if (clock.isShifted()) {
      return; // the demo's history is being written "back then"; its loader delivers what it queues
    }
    if (!running.compareAndSet(false, true)) {
      return;
    }
    try {
      for (int i = 0; i < MAX_BATCHES_PER_PASS && batch.deliverDue(BATCH) == BATCH; i++) {
        // a full batch: more may be due
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Outbox pass failed; the next one retries", e);
    } finally {
      running.set(false);
    }
  }
}
