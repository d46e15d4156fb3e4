// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.portal.catalog;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import org.extranet.marketplace.catalog.ImportListings;
import org.extranet.marketplace.catalog.ImportProgress;
import org.extranet.marketplace.catalog.ImportReport;
import org.extranet.marketplace.catalog.ListingImport;
import org.extranet.marketplace.portal.shell.Outcomes;
import org.extranet.marketplace.shared.RejectedDocumentException.LineError;
import org.primefaces.event.FileUploadEvent;

/**
 * Upload a listings CSV file: the import runs in the background while a progress bar follows it; then the
 * report, with every bad line by number when the file was refused (nothing of it imported).
 */
@Named("importPage")
@ViewScoped
public class ImportPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ImportListings imports;
  @Inject ImportProgress progress;

  private Long importId;
  private ImportReport report;

  public void upload(FileUploadEvent event) throws IOException {
    report = null;
    try (InputStream in = event.getFile().getInputStream()) {
      byte[] content = in.readNBytes(ImportListings.MAX_BYTES + 1);
      Outcomes.run(() -> importId = imports.start(event.getFile().getFileName(), content), "File received; importing");
    }
  }

  /** 0–100 while the import runs; 100 once it has an outcome. */
  public int getPercent() {
    if (importId == null) {
      return 0;
    }
    if (isFinished()) {
      return 100;
    }
    return Math.min(99, progress.of(importId).percent());
  }

  public String getProgressLabel() {
    if (isFinished()) {
      return "finished";
    }
    ImportProgress.Counts counts = importId == null ? null : progress.of(importId);
    return counts == null || counts.total() == 0 ? "checking the file…" : counts.done() + " of " + counts.total() + " lines";
  }

  public boolean isStarted() {
    return importId != null;
  }

  public boolean isFinished() {
    return report() != null && report().status() != ListingImport.Status.RECEIVED;
  }

  public boolean isAccepted() {
    return isFinished() && report().status() == ListingImport.Status.ACCEPTED;
  }

  public ImportRow getReport() {
    return report() == null ? null : new ImportRow(report());
  }

  public List<LineErrorRow> getErrors() {
    return isFinished() && !isAccepted()
        ? imports.lineErrors(importId).stream().map(LineErrorRow::new).toList() : List.of();
  }

  public List<ImportRow> getHistory() {
    return imports.history().stream().map(ImportRow::new).toList();
  }

  private ImportReport report() {
    if (importId != null && (report == null || report.status() == ListingImport.Status.RECEIVED)) {
      report = imports.report(importId);
    }
    return report;
  }

  /** One bad line of a refused file (Faces EL cannot read records). */
  public static class LineErrorRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private final int line;
    private final String column;
    private final String message;

    LineErrorRow(LineError error) {
      this.line = error.line();
      this.column = error.field() == null ? "" : error.field();
      this.message = error.message();
    }

    public int getLine() { return line; }
    public String getColumn() { return column; }
    public String getMessage() { return message; }
  }
}
