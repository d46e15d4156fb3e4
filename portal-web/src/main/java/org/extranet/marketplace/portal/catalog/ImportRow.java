// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.portal.catalog;

import java.io.Serializable;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.extranet.marketplace.catalog.ImportReport;

/** One import in the portal (Faces EL cannot read records). */
public class ImportRow implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

  private final ImportReport report;

  ImportRow(ImportReport report) {
    this.report = report;
  }

  public Long getId() { return report.id(); }
  public String getFileName() { return report.fileName(); }
  public String getReceivedAt() { return WHEN.format(report.receivedAt()) + " UTC"; }
  public String getStatus() { return report.status().name(); }
  public boolean isAccepted() { return "ACCEPTED".equals(getStatus()); }
  public int getLines() { return report.lines(); }
  public int getCreated() { return report.created(); }
  public int getUpdated() { return report.updated(); }
  public int getErrors() { return report.errors(); }
  public String getOutcome() { return report.outcome(); }
  public String getSha256() { return report.sha256(); }
}
