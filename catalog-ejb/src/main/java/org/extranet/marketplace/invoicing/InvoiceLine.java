// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.invoicing;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** One billed order line: units, unit price as invoiced, and their amount. */
@Embeddable
public class InvoiceLine {

  @Column(name = "order_line_id", nullable = false)
  private Long orderLineId;

  @Column(nullable = false)
  private int quantity;

  @Column(name = "unit_price", nullable = false, precision = 19, scale = 2)
  private BigDecimal unitPrice;

  @Column(nullable = false, precision = 19, scale = 2)
  private BigDecimal amount;

  protected InvoiceLine() {} // for JPA only

  InvoiceLine(Long orderLineId, int quantity, BigDecimal unitPrice) {
    this.orderLineId = orderLineId;
    this.quantity = quantity;
    this.unitPrice = unitPrice;
    this.amount = unitPrice.multiply(BigDecimal.valueOf(quantity));
  }

  public Long orderLineId() { return orderLineId; }
  public int quantity() { return quantity; }
  public BigDecimal unitPrice() { return unitPrice; }
  public BigDecimal amount() { return amount; }
}
