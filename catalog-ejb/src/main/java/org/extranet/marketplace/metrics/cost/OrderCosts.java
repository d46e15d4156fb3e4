// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.metrics.cost;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.extranet.marketplace.ordering.Orders;

/**
 * One order's processing cost, step by step, with the model in force (GET /metrics/orders/{id}/cost). The
 * buyer's organization and the operator may ask (another organization's order answers 404).
 */
@Stateless
public class OrderCosts {

  @Inject Orders orders;
  @Inject CostModels models;

  public OrderCosting.Breakdown of(Long orderId) {
    var steps = orders.events(orderId).stream().map(CostedStep::of).toList();
    return new OrderCosting(models.current().model()).price(steps);
  }
}
