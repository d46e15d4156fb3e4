// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.ordering.ledger;

/** In which capacity the actor did the step: the cost model prices a minute by this role. */
public enum ActorRole {
  /** The buyer's requester or purchaser. */
  BUYER,
  /** The buyer's approver. */
  APPROVER,
  /** The supplier's order desk (sales / customer service). */
  SUPPLIER,
  /** The marketplace operator's staff. */
  OPERATOR,
  /** A partner's system, through its integration. */
  PARTNER_SYSTEM,
  /** The marketplace itself. */
  SYSTEM
}
