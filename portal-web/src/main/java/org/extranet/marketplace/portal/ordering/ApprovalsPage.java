// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.portal.ordering;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.extranet.marketplace.ordering.Approvals;
import org.extranet.marketplace.ordering.ledger.Channel;
import org.extranet.marketplace.portal.shell.Outcomes;

/** The approver's inbox: orders over their requesters' limits; approve, or reject with a reason. */
@Named("approvalsPage")
@ViewScoped
public class ApprovalsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient Approvals approvals;

  private List<OrderRow> rows = List.of();
  private String reason;
  private Instant opened = Instant.now();

  @PostConstruct
  void load() {
    rows = OrderRow.of(approvals.pending());
  }

  public void approve(OrderRow row) {
    Outcomes.run(() -> approvals.approve(row.getId(), Channel.PORTAL, secondsOnTask()), "Order " + row.getId() + " approved and placed");
    load();
  }

  public void reject(OrderRow row) {
    if (Outcomes.run(() -> approvals.reject(row.getId(), reason, Channel.PORTAL, secondsOnTask()), "Order " + row.getId() + " rejected")) {
      reason = null;
    }
    load();
  }

  /** Time since the inbox opened or since the last decision: the approver's time on this one. */
  private int secondsOnTask() {
    Instant now = Instant.now();
    int seconds = (int) Duration.between(opened, now).toSeconds();
    opened = now;
    return seconds;
  }

  public List<OrderRow> getRows() { return rows; }
  public String getReason() { return reason; }
  public void setReason(String reason) { this.reason = reason; }
}
