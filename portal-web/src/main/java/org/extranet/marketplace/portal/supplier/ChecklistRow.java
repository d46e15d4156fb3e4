// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.portal.supplier;

import java.io.Serializable;
import org.extranet.marketplace.supplier.ChecklistItem;
import org.extranet.marketplace.supplier.Views.ChecklistView;

/** One checklist item as the operator edits it: passed or not, and a note. */
public class ChecklistRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private final ChecklistItem item;
  private final boolean recorded;
  private final String recordedBy;
  private boolean passed;
  private String note;

  ChecklistRow(ChecklistView view) {
    this.item = view.item();
    this.recorded = view.passed() != null;
    this.passed = Boolean.TRUE.equals(view.passed());
    this.note = view.note();
    this.recordedBy = view.recordedBy();
  }

  public ChecklistItem item() { return item; }
  public String getItem() { return item.name(); }
  public String getLabel() { return item.name().charAt(0) + item.name().substring(1).toLowerCase().replace('_', ' '); }
  public boolean isRecorded() { return recorded; }
  public String getRecordedBy() { return recordedBy; }
  public boolean isPassed() { return passed; }
  public void setPassed(boolean passed) { this.passed = passed; }
  public String getNote() { return note; }
  public void setNote(String note) { this.note = note; }
}
