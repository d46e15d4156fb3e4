// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.portal.ordering;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.extranet.marketplace.ordering.Orders;

/** My organization's orders, newest first (the last 200; the API pages through all). */
@Named("ordersPage")
@ViewScoped
public class OrdersPage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int SHOWN = 200;

  @Inject transient Orders orders;

  private List<OrderRow> rows = List.of();
  private long total;

  @PostConstruct
  void load() {
    Orders.Page page = orders.list(null, 0, SHOWN);
    rows = OrderRow.of(page.items());
    total = page.total();
  }

  public List<OrderRow> getRows() { return rows; }
  public long getTotal() { return total; }
}
