// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.portal.ordering;

import java.io.Serializable;
import java.time.LocalDate;

/** A purchase order line on the supplier's page, with what the supplier fills in: units now and when the rest follows, units to ship. */
public class AnswerLine implements Serializable {

  private static final long serialVersionUID = 1L;

  private final PurchaseOrderRow.Line line;
  private Integer now;
  private LocalDate promised;
  private Integer ship;

  AnswerLine(PurchaseOrderRow.Line line) {
    this.line = line;
    this.now = line.getQuantity();
    this.ship = line.getToShip();
  }

  public PurchaseOrderRow.Line getLine() { return line; }
  public Integer getNow() { return now; }
  public void setNow(Integer now) { this.now = now; }
  public LocalDate getPromised() { return promised; }
  public void setPromised(LocalDate promised) { this.promised = promised; }
  public Integer getShip() { return ship; }
  public void setShip(Integer ship) { this.ship = ship; }
}
