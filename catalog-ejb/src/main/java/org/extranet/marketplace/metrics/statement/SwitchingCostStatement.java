// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.metrics.statement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What leaving the network would cost a member (README "Switching-cost statement"), itemized. The total
 * adds the items that are money at risk; open orders and contracts in force are shown beside it (they are
 * commitments to complete or move, not a cost in themselves).
 */
public record SwitchingCostStatement(String organizationId, String organizationName, LocalDate from, LocalDate to,
    List<Item> items, BigDecimal total) {

  public enum Kind {
    /** Machine connections in place (REST, SOAP, EDI, upstream links) × what setting one up again costs. */
    INTEGRATIONS,
    /** Contract price below list over the period: what the buyer would pay more elsewhere at list. */
    CONTRACT_PRICE_ADVANTAGE,
    /** Orders a year × (manual baseline − what they cost here): what processing by hand again would cost. */
    PROCESSING_SAVINGS,
    /** People who work in the marketplace × training hours × their role's hourly rate. */
    TRAINED_USERS,
    /** Purchase orders not yet invoiced: to complete here or move (value, not counted in the total). */
    OPEN_ORDERS,
    /** Contract prices in force (count, not counted in the total). */
    CONTRACTS_IN_FORCE
  }

  /**
   * @param unitCost what one of {@code quantity} costs (null where the amount is a sum, not a product)
   * @param counted whether {@code amount} is part of the total
   */
  public record Item(Kind kind, String basis, BigDecimal quantity, BigDecimal unitCost, BigDecimal amount, boolean counted) {}
}
