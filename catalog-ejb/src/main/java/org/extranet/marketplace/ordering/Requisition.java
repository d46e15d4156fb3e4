// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.ordering;

import org.extranet.marketplace.ordering.ledger.Step;
import org.extranet.marketplace.shared.Money;

/**
 * Who an order is placed for and by whom, beside what is ordered.
 *
 * @param spendingLimit the requester's limit; an order over it waits for an approver. Null: no limit (a
 *     partner's procurement system approved it already; an order desk keys an order the buyer placed)
 * @param idempotencyKey null when the client sent none
 */
public record Requisition(String buyerId, String requester, Step step, Money spendingLimit, String idempotencyKey) {

  boolean needsApproval(Money total) {
    if (spendingLimit == null) {
      return false;
    }
    return !spendingLimit.currency().equals(total.currency()) || total.amount().compareTo(spendingLimit.amount()) > 0;
  }
}
