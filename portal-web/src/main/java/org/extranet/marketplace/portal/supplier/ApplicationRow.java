// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.portal.supplier;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.extranet.marketplace.supplier.Views.ApplicationView;

/** One application as a table row (Faces EL on EE 10 reads getters, not records). */
public class ApplicationRow {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

  private final ApplicationView view;

  ApplicationRow(ApplicationView view) {
    this.view = view;
  }

  public Long getId() { return view.id(); }
  public String getCompanyName() { return view.company().companyName(); }
  public String getTaxId() { return view.company().taxId(); }
  public String getCountry() { return view.company().country(); }
  public String getStatus() { return view.status().name(); }
  public String getSubmittedAt() { return WHEN.format(view.submittedAt()); }

  public long getPassedItems() {
    return view.checklist().stream().filter(item -> Boolean.TRUE.equals(item.passed())).count();
  }

  public int getTotalItems() {
    return view.checklist().size();
  }
}
