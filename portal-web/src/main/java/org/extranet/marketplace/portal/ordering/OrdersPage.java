// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.portal.ordering;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.extranet.marketplace.ordering.OrderStatus;
import org.extranet.marketplace.ordering.Orders;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.LazyDataModel;

/** My organization's orders, newest first, a page at a time, optionally of one status. */
@Named("ordersPage")
@ViewScoped
public class OrdersPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient Orders orders;

  private OrderStatus status;
  private final LazyDataModel<OrderRow> rows = new PagedRows<>(this::page, OrderRow::getId);

  private PagedRows.Slice<OrderRow> page(int page, int size) {
    Orders.Page found = orders.list(status, page, size);
    return new PagedRows.Slice<>(OrderRow.of(found.items()), found.total());
  }

  /** Another status chosen: back to the first page. */
  public void filter() {
    ((DataTable) FacesContext.getCurrentInstance().getViewRoot().findComponent("orders:list")).setFirst(0);
  }

  public LazyDataModel<OrderRow> getRows() { return rows; }
  public OrderStatus[] getStatuses() { return OrderStatus.values(); }
  public OrderStatus getStatus() { return status; }
  public void setStatus(OrderStatus status) { this.status = status; }
}
