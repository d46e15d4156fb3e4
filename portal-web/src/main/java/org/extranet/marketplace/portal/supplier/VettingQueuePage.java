// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.portal.supplier;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.extranet.marketplace.supplier.ApplicationStatus;
import org.extranet.marketplace.supplier.SupplierDirectory;
import org.extranet.marketplace.supplier.SupplierReview;
import org.extranet.marketplace.supplier.SupplierReviews;

/** The operator's vetting queue: applications, filterable by status (SUBMITTED first of all), and open re-reviews. */
@Named("vettingQueue")
@ViewScoped
public class VettingQueuePage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient SupplierDirectory directory;
  @Inject transient SupplierReviews reviews;

  private String status = ApplicationStatus.SUBMITTED.name();
  private List<ApplicationRow> rows;
  private List<Map<String, Object>> reReviews;

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

  /** Open re-reviews: ACTIVE suppliers whose scorecards breached the thresholds (README "Supplier scorecard"). */
  public List<Map<String, Object>> getReReviews() {
    if (reReviews == null) {
      reReviews = reviews.list(SupplierReview.Status.OPEN).stream().map(v -> {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", v.id());
        row.put("supplier", v.supplierName());
        row.put("reasons", v.reasons());
        row.put("openedAt", v.openedAt());
        return row;
      }).toList();
    }
    return reReviews;
  }

  public void keep(Long id) {
    reviews.decide(id, SupplierReview.Outcome.KEEP, null);
    reReviews = null;
  }

  public void suspend(Long id) {
    reviews.decide(id, SupplierReview.Outcome.SUSPEND, null);
    reReviews = null;
  }

  public List<String> getStatuses() {
    return Arrays.stream(ApplicationStatus.values()).map(Enum::name).toList();
  }

  public String getStatus() { return status; }
  public void setStatus(String status) { this.status = status; }
}
