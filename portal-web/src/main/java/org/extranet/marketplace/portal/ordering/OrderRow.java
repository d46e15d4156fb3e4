// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.portal.ordering;

import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;
import org.extranet.marketplace.ordering.OrderView;

/** An order in lists (my orders, approvals) and at the head of its own page. */
public class OrderRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private final Long id;
  private final String status;
  private final String total;
  private final String requester;
  private final String submittedAt;
  private final String suppliers;
  private final String note;
  private final String decision;

  OrderRow(OrderView order) {
    this.id = order.id();
    this.status = order.status().name();
    this.total = order.total().toString();
    this.requester = order.requester();
    this.submittedAt = Times.format(order.submittedAt());
    this.suppliers = order.purchaseOrders().stream().map(OrderView.PurchaseOrderView::supplierName).collect(Collectors.joining(", "));
    this.note = order.note();
    this.decision = order.decidedBy() == null ? null : order.status().name().toLowerCase() + " by " + order.decidedBy()
        + " on " + Times.format(order.decidedAt()) + (order.decisionReason() == null ? "" : ": " + order.decisionReason());
  }

  static List<OrderRow> of(List<OrderView> orders) {
    return orders.stream().map(OrderRow::new).toList();
  }

  public Long getId() { return id; }
  public String getStatus() { return status; }
  public String getTotal() { return total; }
  public String getRequester() { return requester; }
  public String getSubmittedAt() { return submittedAt; }
  public String getSuppliers() { return suppliers; }
  public String getNote() { return note; }
  public String getDecision() { return decision; }
  public boolean isCancellable() { return status.equals("PENDING_APPROVAL") || status.equals("PLACED"); }
}
