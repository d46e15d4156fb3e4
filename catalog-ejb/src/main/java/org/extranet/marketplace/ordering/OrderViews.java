// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.ordering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.extranet.marketplace.organization.OrganizationNames;

/** Orders and purchase orders as read models, with organization names looked up once per batch. */
@ApplicationScoped
public class OrderViews {

  @Inject OrganizationNames organizations;

  public OrderView of(Order order) {
    return of(List.of(order), true).get(0);
  }

  /** @param withLines false for lists (their lines are not loaded) */
  public List<OrderView> of(List<Order> orders, boolean withLines) {
    Set<String> ids = new HashSet<>();
    orders.forEach(o -> {
      ids.add(o.buyerId());
      o.purchaseOrders().forEach(po -> ids.add(po.supplierId()));
    });
    Map<String, String> names = organizations.of(List.copyOf(ids));
    return orders.stream().map(o -> new OrderView(o.id(), o.buyerId(), names.get(o.buyerId()), o.requester(), o.status(),
        o.channel(), o.total(), o.note(), o.submittedAt(), o.decidedBy(), o.decidedAt(), o.decisionReason(),
        o.purchaseOrders().stream().map(po -> purchaseOrder(po, names, withLines)).toList())).toList();
  }

  public OrderView.PurchaseOrderView of(PurchaseOrder po) {
    return purchaseOrder(po, organizations.of(List.of(po.supplierId(), po.buyerId())), true);
  }

  public List<OrderView.PurchaseOrderView> ofPurchaseOrders(List<PurchaseOrder> pos) {
    Set<String> ids = new HashSet<>();
    pos.forEach(po -> {
      ids.add(po.supplierId());
      ids.add(po.buyerId());
    });
    Map<String, String> names = organizations.of(List.copyOf(ids));
    return pos.stream().map(po -> purchaseOrder(po, names, false)).toList();
  }

  private static OrderView.PurchaseOrderView purchaseOrder(PurchaseOrder po, Map<String, String> names, boolean withLines) {
    return new OrderView.PurchaseOrderView(po.id(), po.order().id(), po.supplierId(), names.get(po.supplierId()),
        po.buyerId(), names.get(po.buyerId()), po.status(), po.total(), po.createdAt(), po.sentAt(),
        withLines ? po.lines().stream().map(OrderViews::line).toList() : List.of(),
        po.acknowledgedAt(), po.acknowledgedBy(), po.rejectionReason());
  }

  private static OrderView.LineView line(OrderLine l) {
    return new OrderView.LineView(l.lineNumber(), l.productId(), l.sku(), l.name(), l.quantity(), l.unitPrice(),
        l.listPrice(), l.priceSource(), l.availability(), l.reservedQuantity(), l.expectedDate(), l.replacedProductId(),
        l.amount(), l.id(), l.acceptedQuantity(), l.promisedDate(), l.shippedQuantity(), l.receivedQuantity());
  }
}
