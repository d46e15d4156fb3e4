// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.metrics.statement;

import java.math.BigDecimal;
import java.util.Map;
import org.extranet.marketplace.ordering.ledger.Channel;

/**
 * What re-creating a member's set-up elsewhere costs: one integration per machine channel (build, test and
 * certify with a new partner) and one upstream inventory link, and the hours to train a person on a new
 * system (priced at the role's hourly rate from the cost model). Published figures (README
 * "Switching-cost statement"); unlike the cost model, not yet operator-editable.
 */
final class SwitchingCostRates {

  static final Map<Channel, BigDecimal> INTEGRATION_SET_UP = Map.of(
      Channel.REST, new BigDecimal("8000.00"),
      Channel.SOAP, new BigDecimal("12000.00"),
      Channel.EDI, new BigDecimal("15000.00"));
  static final BigDecimal UPSTREAM_LINK_SET_UP = new BigDecimal("6000.00");
  static final BigDecimal TRAINING_HOURS_PER_USER = new BigDecimal("4");

  private SwitchingCostRates() {}
}
