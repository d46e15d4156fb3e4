// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.portal.ordering;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.extranet.marketplace.ordering.PurchaseOrders;
import org.primefaces.model.LazyDataModel;

/** The supplier's purchase order inbox, newest first, a page at a time; a purchase order's lines when it is opened. */
@Named("purchaseOrdersPage")
@ViewScoped
public class PurchaseOrdersPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient PurchaseOrders purchaseOrders;

  private final LazyDataModel<PurchaseOrderRow> rows = new PagedRows<>(this::page, PurchaseOrderRow::getId);
  private final Map<Long, List<PurchaseOrderRow.Line>> opened = new HashMap<>();

  private PagedRows.Slice<PurchaseOrderRow> page(int page, int size) {
    PurchaseOrders.Page found = purchaseOrders.inbox(page, size);
    return new PagedRows.Slice<>(found.items().stream().map(PurchaseOrderRow::new).toList(), found.total());
  }

  /** The lines of one purchase order, read once when its row is first expanded. */
  public List<PurchaseOrderRow.Line> lines(Long purchaseOrderId) {
    return opened.computeIfAbsent(purchaseOrderId, id -> new PurchaseOrderRow(purchaseOrders.purchaseOrder(id)).getLines());
  }

  public LazyDataModel<PurchaseOrderRow> getRows() { return rows; }
}
