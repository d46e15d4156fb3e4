// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.portal.ordering;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.extranet.marketplace.ordering.ledger.Channel;
import org.extranet.marketplace.portal.shell.Outcomes;
import org.extranet.marketplace.shipment.digital.MySoftware;
import org.extranet.marketplace.shipment.digital.SoftwareView;

/** "My software": the organization's digital deliveries; showing one's keys opens it (its delivery). */
@Named("softwarePage")
@ViewScoped
public class SoftwarePage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One delivery with getters for Faces EL. */
  public static class Row implements Serializable {
    private static final long serialVersionUID = 1L;
    private SoftwareView view;

    Row(SoftwareView view) {
      this.view = view;
    }

    public Long getId() { return view.id(); }
    public Long getOrderId() { return view.orderId(); }
    public String getProduct() { return view.productName(); }
    public String getLicenceType() { return view.licenceType(); }
    public String getDownloadUrl() { return view.downloadUrl(); }
    public String getTrainingUrl() { return view.trainingUrl(); }
    public int getUnits() { return view.units(); }
    public List<String> getKeys() { return view.keys(); }
    public int getKeysWaiting() { return view.keysWaiting(); }
    public String getDelivered() { return Times.format(view.deliveredAt()); }
  }

  @Inject transient MySoftware software;

  private List<Row> rows;

  public List<Row> getRows() {
    if (rows == null) {
      rows = software.list().stream().map(Row::new).toList();
    }
    return rows;
  }

  public void open(Row row) {
    Outcomes.run(() -> row.view = software.open(row.getId(), Channel.PORTAL), row.getProduct() + ": keys shown");
  }
}
