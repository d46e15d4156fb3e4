// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.portal.ordering;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.extranet.marketplace.ordering.Acknowledgement;
import org.extranet.marketplace.ordering.Acknowledgements;
import org.extranet.marketplace.ordering.PurchaseOrders;
import org.extranet.marketplace.ordering.ledger.Channel;
import org.extranet.marketplace.portal.shell.Outcomes;
import org.extranet.marketplace.shared.NotFoundException;
import org.extranet.marketplace.shipment.Carrier;
import org.extranet.marketplace.shipment.NewShipment;
import org.extranet.marketplace.shipment.Shipments;
import org.extranet.marketplace.shipment.TrackingCode;
import org.extranet.marketplace.shipment.TrackingReport;

/**
 * The supplier's view of one purchase order: accept it, reject it with a reason or accept part with promised
 * dates; then ship it (in parts) with a carrier and tracking number and record what the carrier reports.
 * Each action calls one use case; the time since the page was opened is the step's time on task.
 */
@Named("supplierPurchaseOrderPage")
@ViewScoped
public class SupplierPurchaseOrderPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient PurchaseOrders purchaseOrders;
  @Inject transient Acknowledgements acknowledgements;
  @Inject transient Shipments shipments;

  private Long id;
  private PurchaseOrderRow po;
  private List<AnswerLine> lines = List.of();
  private List<ShipmentRow> shipped = List.of();
  private String reason;
  private String carrier = Carrier.UPS.name();
  private String trackingNumber;
  private Instant since = Instant.now();

  public void load() throws IOException {
    try {
      show();
    } catch (NotFoundException e) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext().responseSendError(404, "No such purchase order");
      faces.responseComplete();
    }
  }

  private void show() {
    po = new PurchaseOrderRow(purchaseOrders.purchaseOrder(id));
    lines = po.getLines().stream().map(AnswerLine::new).toList();
    shipped = shipments.ofPurchaseOrder(id).stream().map(ShipmentRow::new).toList();
    since = Instant.now();
  }

  public void accept() {
    answer(new Acknowledgement(Acknowledgement.Decision.ACCEPT, null, null, null), "Accepted");
  }

  public void reject() {
    answer(new Acknowledgement(Acknowledgement.Decision.REJECT, null, null, reason), "Rejected; the buyer sees why");
  }

  public void acceptPart() {
    answer(new Acknowledgement(Acknowledgement.Decision.PARTIAL, lines.stream()
        .map(l -> new Acknowledgement.LineDecision(l.getLine().getId(), l.getNow(), l.getPromised())).toList(), null, null),
        "Accepted in part; the rest is backordered to the promised dates");
  }

  public void ship() {
    List<NewShipment.Line> units = lines.stream().filter(l -> l.getShip() != null && l.getShip() > 0)
        .map(l -> new NewShipment.Line(l.getLine().getId(), l.getShip())).toList();
    String number = trackingNumber;
    act(() -> {
      shipments.ship(id, new NewShipment(carrier, number, units), Channel.PORTAL, seconds());
      trackingNumber = null; // the next parcel has its own
    }, "Shipped with " + carrier + " " + number);
  }

  public void record(ShipmentRow shipment) {
    TrackingCode code = TrackingCode.valueOf(shipment.getCode());
    act(() -> shipments.record(shipment.getId(), new TrackingReport(code, null, shipment.getLocation(), shipment.getNote()),
        Channel.PORTAL, seconds()), code + " recorded");
  }

  private void answer(Acknowledgement answer, String done) {
    act(() -> acknowledgements.acknowledge(id, answer, Channel.PORTAL, seconds()), done);
  }

  private void act(Runnable step, String done) {
    if (Outcomes.run(step, done)) {
      show();
    }
  }

  private int seconds() {
    return (int) Duration.between(since, Instant.now()).toSeconds();
  }

  public List<Carrier> getCarriers() { return List.of(Carrier.values()); }
  public List<TrackingCode> getCodes() { return List.of(TrackingCode.values()); }
  public Long getId() { return id; }
  public void setId(Long id) { this.id = id; }
  public PurchaseOrderRow getPo() { return po; }
  public List<AnswerLine> getLines() { return lines; }
  public List<ShipmentRow> getShipped() { return shipped; }
  public String getReason() { return reason; }
  public void setReason(String reason) { this.reason = reason; }
  public String getCarrier() { return carrier; }
  public void setCarrier(String carrier) { this.carrier = Objects.requireNonNullElse(carrier, Carrier.UPS.name()); }
  public String getTrackingNumber() { return trackingNumber; }
  public void setTrackingNumber(String trackingNumber) { this.trackingNumber = trackingNumber; }
}
