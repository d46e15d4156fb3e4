// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.portal.invoicing;

import java.io.Serializable;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.extranet.marketplace.invoicing.InvoiceView;

/** An invoice with getters for Faces EL (it cannot read record accessors here), and its lines. */
public class InvoiceRow implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

  /** A billed line beside what was ordered and received. */
  public static class Line implements Serializable {
    private static final long serialVersionUID = 1L;
    private final InvoiceView.LineView line;

    Line(InvoiceView.LineView line) {
      this.line = line;
    }

    public int getNumber() { return line.lineNumber(); }
    public String getSku() { return line.sku(); }
    public String getName() { return line.name(); }
    public int getQuantity() { return line.quantity(); }
    public String getUnitPrice() { return line.unitPrice().toPlainString(); }
    public String getAmount() { return line.amount().toPlainString(); }
    public String getOrderedUnitPrice() { return line.orderedUnitPrice().toPlainString(); }
    public int getOrdered() { return line.ordered(); }
    public int getReceived() { return line.received(); }
  }

  private final InvoiceView invoice;

  InvoiceRow(InvoiceView invoice) {
    this.invoice = invoice;
  }

  public Long getId() { return invoice.id(); }
  public String getNumber() { return invoice.number(); }
  public Long getPurchaseOrderId() { return invoice.purchaseOrderId(); }
  public Long getOrderId() { return invoice.orderId(); }
  public String getMatchStatus() { return invoice.matchStatus().name(); }
  public boolean isMatched() { return invoice.matchStatus() == org.extranet.marketplace.invoicing.MatchStatus.MATCHED; }
  public String getCurrency() { return invoice.currency(); }
  public String getSubtotal() { return invoice.subtotal().toPlainString(); }
  public String getTaxRate() { return invoice.taxRate().movePointRight(2).stripTrailingZeros().toPlainString() + " %"; }
  public String getTax() { return invoice.tax().toPlainString(); }
  public String getTotal() { return invoice.total().toPlainString(); }
  public String getIssuedOn() { return DAY.format(invoice.issuedAt()); }
  public String getIssuedBy() { return invoice.issuedBy(); }
  public List<Line> getLines() { return invoice.lines().stream().map(Line::new).toList(); }
}
