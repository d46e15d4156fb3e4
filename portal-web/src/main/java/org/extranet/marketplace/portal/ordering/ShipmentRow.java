// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.portal.ordering;

import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;
import org.extranet.marketplace.shipment.ShipmentView;

/**
 * One shipment as the ordering pages show it, with the fields of the forms that act on it: the supplier's
 * next carrier event, the buyer's receipt (units per line, all shipped by default).
 */
public class ShipmentRow implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A shipped line and the units the buyer says arrived. */
  public static class Line implements Serializable {
    private static final long serialVersionUID = 1L;
    private final Long lineId;
    private final String label;
    private final int quantity;
    private Integer received;

    Line(ShipmentView.LineView l) {
      this.lineId = l.lineId();
      this.label = "#" + l.lineNumber() + " " + l.sku();
      this.quantity = l.quantity();
      this.received = l.receivedQuantity() == null ? l.quantity() : l.receivedQuantity();
    }

    public Long getLineId() { return lineId; }
    public String getLabel() { return label; }
    public int getQuantity() { return quantity; }
    public Integer getReceived() { return received; }
    public void setReceived(Integer received) { this.received = received; }
  }

  private final Long id;
  private final String carrier;
  private final String trackingNumber;
  private final String trackingUrl;
  private final String status;
  private final String shippedAt;
  private final String outcomeReason;
  private final String receivedAt;
  private final String summary;
  private final List<Line> lines;
  private String code = "IN_TRANSIT";
  private String location;
  private String note;

  ShipmentRow(ShipmentView s) {
    this.id = s.id();
    this.carrier = s.carrierLabel();
    this.trackingNumber = s.trackingNumber();
    this.trackingUrl = s.trackingUrl();
    this.status = s.status().name();
    this.shippedAt = Times.format(s.shippedAt());
    this.outcomeReason = s.outcomeReason();
    this.receivedAt = Times.format(s.receivedAt());
    this.lines = s.lines().stream().map(Line::new).toList();
    this.summary = s.lines().stream().map(l -> l.quantity() + " × " + l.sku()).collect(Collectors.joining(", "));
  }

  public Long getId() { return id; }
  public String getCarrier() { return carrier; }
  public String getTrackingNumber() { return trackingNumber; }
  public String getTrackingUrl() { return trackingUrl; }
  public String getStatus() { return status; }
  public String getShippedAt() { return shippedAt; }
  public String getOutcomeReason() { return outcomeReason; }
  public String getReceivedAt() { return receivedAt; }
  public String getSummary() { return summary; }
  public List<Line> getLines() { return lines; }
  public boolean isOpen() { return !"DELIVERED".equals(status) && !"FAILED".equals(status); }
  public boolean isReceivable() { return receivedAt.isEmpty() && !"FAILED".equals(status); }
  public String getCode() { return code; }
  public void setCode(String code) { this.code = code; }
  public String getLocation() { return location; }
  public void setLocation(String location) { this.location = location; }
  public String getNote() { return note; }
  public void setNote(String note) { this.note = note; }
}
