// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.portal.ordering;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.extranet.marketplace.ordering.PurchaseOrders;

/** The supplier's purchase order inbox, newest first, each with its lines (the last 100). */
@Named("purchaseOrdersPage")
@ViewScoped
public class PurchaseOrdersPage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int SHOWN = 100;

  @Inject transient PurchaseOrders purchaseOrders;

  private List<PurchaseOrderRow> rows = List.of();
  private long total;

  @PostConstruct
  void load() {
    PurchaseOrders.Page page = purchaseOrders.inbox(0, SHOWN);
    rows = page.items().stream().map(po -> new PurchaseOrderRow(purchaseOrders.purchaseOrder(po.id()))).toList();
    total = page.total();
  }

  public List<PurchaseOrderRow> getRows() { return rows; }
  public long getTotal() { return total; }
}
