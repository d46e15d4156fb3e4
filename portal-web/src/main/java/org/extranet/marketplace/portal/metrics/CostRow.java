// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.portal.metrics;

import java.io.Serializable;
import java.math.BigDecimal;
import org.extranet.marketplace.metrics.cost.OrderCostReport;

/** One row of the order-cost table, with getters for Faces EL (it cannot read record accessors here). */
public class CostRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String key;
  private final BigDecimal orders;
  private final BigDecimal averageCost;
  private final BigDecimal totalCost;
  private final BigDecimal savingsVsManual;

  CostRow(OrderCostReport.Row row) {
    this.key = row.key();
    this.orders = row.orders();
    this.averageCost = row.averageCost();
    this.totalCost = row.totalCost();
    this.savingsVsManual = row.savingsVsManual();
  }

  public String getKey() { return key; }
  public BigDecimal getOrders() { return orders; }
  public BigDecimal getAverageCost() { return averageCost; }
  public BigDecimal getTotalCost() { return totalCost; }
  public BigDecimal getSavingsVsManual() { return savingsVsManual; }
}
