// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.shipment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Units of one order line in one shipment, and how many of them the buyer confirmed receiving. */
@Embeddable
public class ShippedLine {

  @Column(name = "order_line_id", nullable = false)
  private Long orderLineId;

  @Column(nullable = false)
  private int quantity;

  @Column(name = "received_quantity")
  private Integer receivedQuantity;

  protected ShippedLine() {} // for JPA only

  ShippedLine(Long orderLineId, int quantity) {
    this.orderLineId = orderLineId;
    this.quantity = quantity;
  }

  void received(int units) {
    receivedQuantity = units;
  }

  public Long orderLineId() { return orderLineId; }
  public int quantity() { return quantity; }
  /** Null until the buyer confirms the receipt. */
  public Integer receivedQuantity() { return receivedQuantity; }
}
