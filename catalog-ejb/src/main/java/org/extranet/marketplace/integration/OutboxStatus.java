// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.integration;

/** Where an outbound document stands. */
public enum OutboxStatus {
  /** Waiting for a worker (again, after a failed attempt, from {@code next_attempt_at}). */
  PENDING,
  /** Delivered to the recipient's channel. */
  DELIVERED,
  /** Gave up after the maximum number of attempts; the operator can look into it. */
  DEAD
}
