// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.supplier;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/** The operator's finding on one checklist item: passed or not, a note, who and when. */
@Embeddable
public class ChecklistEntry {

  @Enumerated(EnumType.STRING)
  @Column(name = "item", length = 32)
  private ChecklistItem item;

  @Column(name = "passed")
  private boolean passed;

  @Column(name = "note", length = 1000)
  private String note;

  @Column(name = "recorded_by", length = 254)
  private String recordedBy;

  @Column(name = "recorded_at")
  private Instant recordedAt;

  protected ChecklistEntry() {} // for JPA only

  ChecklistEntry(ChecklistItem item, boolean passed, String note, String recordedBy, Instant recordedAt) {
    this.item = item;
    this.passed = passed;
    this.note = note;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  public ChecklistItem item() {
    return item;
  }

  public boolean passed() {
    return passed;
  }

  public String note() {
    return note;
  }

  public String recordedBy() {
    return recordedBy;
  }

  public Instant recordedAt() {
    return recordedAt;
  }
}
