// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.portal.ordering;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.extranet.marketplace.ordering.CancelOrder;
import org.extranet.marketplace.ordering.OrderView;
import org.extranet.marketplace.ordering.Orders;
import org.extranet.marketplace.ordering.QuickOrder;
import org.extranet.marketplace.ordering.ledger.Channel;
import org.extranet.marketplace.portal.shell.Outcomes;
import org.extranet.marketplace.shipment.OrderTracking;
import org.extranet.marketplace.shipment.Shipments;
import org.extranet.marketplace.shipment.TimelineEntry;
import org.extranet.marketplace.shared.NotFoundException;

/** One order: its purchase orders and lines, its timeline from the ledger; cancel it, or order it again. */
@Named("orderPage")
@ViewScoped
public class OrderPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One entry of the order's tracking timeline: a ledger step or a carrier's event. */
  public static class Step implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String at;
    private final String type;
    private final String how;
    private final String detail;
    private final String trackingNumber;
    private final String trackingUrl;
    private final String location;

    Step(TimelineEntry e) {
      this.at = Times.format(e.at());
      this.type = e.type();
      this.how = e.channel() == null ? "carrier · " + e.actor()
          : e.channel() + (e.source() == null ? "" : " (" + e.source() + ")") + " · "
          + (e.actor() == null ? e.actorRole().name().toLowerCase() : e.actor()) + (e.automated() ? " · automated" : "");
      this.detail = e.detail();
      this.trackingNumber = e.trackingNumber();
      this.trackingUrl = e.trackingUrl();
      this.location = e.location();
    }

    public String getAt() { return at; }
    public String getType() { return type; }
    public String getHow() { return how; }
    public String getDetail() { return detail; }
    public String getTrackingNumber() { return trackingNumber; }
    public String getTrackingUrl() { return trackingUrl; }
    public String getLocation() { return location; }
  }

  @Inject transient Orders orders;
  @Inject transient CancelOrder cancelOrder;
  @Inject transient QuickOrder quickOrder;
  @Inject transient OrderTracking tracking;
  @Inject transient Shipments shipments;

  private Long id;
  private OrderRow order;
  private List<PurchaseOrderRow> purchaseOrders = List.of();
  private List<Step> timeline = List.of();
  private List<ShipmentRow> shipped = List.of();
  private String reason;
  private final Instant opened = Instant.now();

  /** f:viewAction: loads the order named by ?id= (404 for another organization's). */
  public void load() throws IOException {
    try {
      show(orders.order(id));
    } catch (NotFoundException e) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext().responseSendError(404, "No such order");
      faces.responseComplete();
    }
  }

  private void show(OrderView view) {
    order = new OrderRow(view);
    purchaseOrders = view.purchaseOrders().stream().map(PurchaseOrderRow::new).toList();
    timeline = tracking.timeline(id).stream().map(Step::new).toList();
    shipped = shipments.ofOrder(id).stream().map(ShipmentRow::new).toList();
  }

  /** The buyer confirms the units of one shipment that arrived: the receipt invoices are matched against. */
  public void confirmReceipt(ShipmentRow shipment) {
    int seconds = (int) java.time.Duration.between(opened, Instant.now()).toSeconds();
    java.util.Map<Long, Integer> units = new java.util.LinkedHashMap<>();
    shipment.getLines().forEach(l -> units.put(l.getLineId(), l.getReceived() == null ? 0 : l.getReceived()));
    Outcomes.run(() -> {
      shipments.confirmReceipt(shipment.getId(), units, Channel.PORTAL, seconds);
      show(orders.order(id));
    }, "Receipt confirmed");
  }

  public void cancel() {
    int seconds = (int) java.time.Duration.between(opened, Instant.now()).toSeconds();
    Outcomes.run(() -> show(cancelOrder.cancel(id, reason, Channel.PORTAL, seconds)), "Order cancelled; its stock went back");
  }

  public void reorder() {
    Outcomes.run(() -> {
      QuickOrder.Reordered done = quickOrder.reorder(id);
      done.skipped().forEach(s -> FacesContext.getCurrentInstance().addMessage(null,
          new jakarta.faces.application.FacesMessage(jakarta.faces.application.FacesMessage.SEVERITY_WARN, "Line " + s.line(), s.message())));
    }, "The order's lines are in your cart again");
  }

  public Long getId() { return id; }
  public void setId(Long id) { this.id = id; }
  public OrderRow getOrder() { return order; }
  public List<PurchaseOrderRow> getPurchaseOrders() { return purchaseOrders; }
  public List<Step> getTimeline() { return timeline; }
  public List<ShipmentRow> getShipped() { return shipped; }
  public String getReason() { return reason; }
  public void setReason(String reason) { this.reason = reason; }
}
