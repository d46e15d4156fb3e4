// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.catalog;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.extranet.marketplace.organization.TenantOwned;
import org.extranet.marketplace.shared.Checksums;
import org.extranet.marketplace.shared.RejectedDocumentException.LineError;

/**
 * One uploaded listings file, archived as received before it is read, and what became of it: ACCEPTED
 * (every line applied) or REJECTED (nothing applied; the outcome says why).
 */
@Entity
@Table(name = "listing_import")
public class ListingImport implements TenantOwned {

  public enum Status { RECEIVED, ACCEPTED, REJECTED }

  static final int MAX_KEPT_ERRORS = 1_000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "supplier_id", nullable = false, length = 36)
  private String supplierId;

  @Column(name = "file_name", nullable = false)
  private String fileName;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false)
  private byte[] content;

  @Column(nullable = false, length = 64)
  private String sha256;

  @Column(name = "size_bytes", nullable = false)
  private long size;

  @Column(name = "received_by", nullable = false, length = 200)
  private String receivedBy;

  @Column(name = "received_at", nullable = false)
  private Instant receivedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Status status = Status.RECEIVED;

  @Column(name = "line_count", nullable = false)
  private int lines;

  @Column(name = "created_count", nullable = false)
  private int created;

  @Column(name = "updated_count", nullable = false)
  private int updated;

  @Column(name = "error_count", nullable = false)
  private int errors;

  @Column(length = 4000)
  private String outcome;

  @Lob
  @Column(name = "error_report")
  private String errorReport;

  @Column(name = "finished_at")
  private Instant finishedAt;

  @Version private long version;

  protected ListingImport() {} // for JPA only

  ListingImport(String supplierId, String fileName, byte[] content, String receivedBy, Instant at) {
    this.supplierId = supplierId;
    this.fileName = fileName == null || fileName.isBlank() ? "listings.csv" : truncate(fileName.strip(), 255);
    this.content = content.clone();
    this.sha256 = Checksums.sha256(content);
    this.size = content.length;
    this.receivedBy = truncate(receivedBy, 200);
    this.receivedAt = at;
  }

  void accept(int lines, int created, int updated, Instant at) {
    this.status = Status.ACCEPTED;
    this.lines = lines;
    this.created = created;
    this.updated = updated;
    this.outcome = created + " listed, " + updated + " revised";
    this.finishedAt = at;
  }

  void reject(List<LineError> lineErrors, String why, Instant at) {
    this.status = Status.REJECTED;
    this.errors = lineErrors.size();
    this.outcome = truncate(why, 4000);
    this.errorReport = lineErrors.stream().limit(MAX_KEPT_ERRORS)
        .map(e -> e.line() + "\t" + (e.field() == null ? "" : e.field()) + "\t" + e.message().replace('\n', ' '))
        .collect(Collectors.joining("\n"));
    this.finishedAt = at;
  }

  /** The line errors kept with a rejected file (the first {@value #MAX_KEPT_ERRORS}). */
  public List<LineError> lineErrors() {
    if (errorReport == null || errorReport.isEmpty()) {
      return List.of();
    }
    return errorReport.lines().map(l -> l.split("\t", 3))
        .map(c -> new LineError(Integer.parseInt(c[0]), c[1].isEmpty() ? null : c[1], c[2]))
        .toList();
  }

  @Override
  public boolean isVisibleTo(String organizationId) {
    return supplierId.equals(organizationId);
  }

  public ImportReport report() {
    return new ImportReport(id, fileName, sha256, size, receivedAt, status, lines, created, updated, errors, outcome, finishedAt);
  }

  byte[] content() { return content; }

  public Long id() { return id; }
  public String supplierId() { return supplierId; }
  public Status status() { return status; }

  private static String truncate(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
