// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.portal.ordering;

import java.io.Serializable;
import java.util.List;
import org.extranet.marketplace.ordering.OrderView;

/** One supplier's part of an order, with its lines (empty in the inbox list, which does not load them). */
public class PurchaseOrderRow implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One ordered product. */
  public static class Line implements Serializable {
    private static final long serialVersionUID = 1L;
    private final OrderView.LineView line;

    Line(OrderView.LineView line) {
      this.line = line;
    }

    public int getNumber() { return line.lineNumber(); }
    public String getSku() { return line.sku(); }
    public String getName() { return line.name(); }
    public int getQuantity() { return line.quantity(); }
    public String getUnitPrice() { return line.unitPrice().toString(); }
    public String getAmount() { return line.amount().toString(); }
    public String getAvailability() { return line.availability().name(); }
    public int getReserved() { return line.reservedQuantity(); }
    public String getExpectedDate() { return line.expectedDate() == null ? "" : line.expectedDate().toString(); }
    public Long getId() { return line.id(); }
    /** Units accepted to ship now; empty before the supplier's acknowledgement. */
    public String getAccepted() { return line.acceptedQuantity() == null ? "" : String.valueOf(line.acceptedQuantity()); }
    public String getPromisedDate() { return line.promisedDate() == null ? "" : line.promisedDate().toString(); }
    public int getShipped() { return line.shippedQuantity(); }
    public int getReceived() { return line.receivedQuantity(); }
    public int getToShip() { return line.quantity() - line.shippedQuantity(); }
  }

  private final Long id;
  private final Long orderId;
  private final String supplierName;
  private final String buyerName;
  private final String status;
  private final String total;
  private final String createdAt;
  private final String sentAt;
  private final List<Line> lines;
  private final String rejectionReason;
  private final String acknowledged;

  PurchaseOrderRow(OrderView.PurchaseOrderView po) {
    this.id = po.id();
    this.orderId = po.orderId();
    this.supplierName = po.supplierName();
    this.buyerName = po.buyerName();
    this.status = po.status().name();
    this.total = po.total().toString();
    this.createdAt = Times.format(po.createdAt());
    this.sentAt = Times.format(po.sentAt());
    this.lines = po.lines().stream().map(Line::new).toList();
    this.rejectionReason = po.rejectionReason();
    this.acknowledged = po.acknowledgedAt() == null ? "" : Times.format(po.acknowledgedAt()) + " by " + po.acknowledgedBy();
  }

  public Long getId() { return id; }
  public Long getOrderId() { return orderId; }
  public String getSupplierName() { return supplierName; }
  public String getBuyerName() { return buyerName; }
  public String getStatus() { return status; }
  public String getTotal() { return total; }
  public String getCreatedAt() { return createdAt; }
  public String getSentAt() { return sentAt; }
  public List<Line> getLines() { return lines; }
  public String getRejectionReason() { return rejectionReason; }
  public String getAcknowledged() { return acknowledged; }
  /** Still waiting for the supplier's answer. */
  public boolean isAwaitingAnswer() { return "QUEUED".equals(status) || "SENT".equals(status); }
  public boolean isShippable() { return "ACCEPTED".equals(status) || "PARTIALLY_ACCEPTED".equals(status); }
}
