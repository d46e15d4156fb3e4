// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.portal.supplier;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.extranet.marketplace.supplier.ApplicationStatus;
import org.extranet.marketplace.supplier.SupplierDirectory;

/** The operator's vetting queue: applications, filterable by status (SUBMITTED first of all). */
@Named("vettingQueue")
@ViewScoped
public class VettingQueuePage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient SupplierDirectory directory;

  private String status = ApplicationStatus.SUBMITTED.name();
  private List<ApplicationRow> rows;

  public List<ApplicationRow> getRows() {
    if (rows == null) {
      ApplicationStatus filter = status == null || status.isEmpty() ? null : ApplicationStatus.valueOf(status);
      rows = directory.applications(filter).stream().map(ApplicationRow::new).toList();
    }
    return rows;
  }

  public void filter() {
    rows = null;
  }

  public List<String> getStatuses() {
    return Arrays.stream(ApplicationStatus.values()).map(Enum::name).toList();
  }

  public String getStatus() { return status; }
  public void setStatus(String status) { this.status = status; }
}
