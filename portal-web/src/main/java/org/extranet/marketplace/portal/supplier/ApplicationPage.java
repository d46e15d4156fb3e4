// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.portal.supplier;

import org.extranet.marketplace.portal.shell.Outcomes;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.extranet.marketplace.supplier.AttachDocument;
import org.extranet.marketplace.supplier.AttachDocument.DocumentView;
import org.extranet.marketplace.supplier.SupplierDirectory;
import org.extranet.marketplace.supplier.VetApplication;
import org.extranet.marketplace.supplier.Views.ApplicationView;
import org.extranet.marketplace.supplier.Views.TierView;

/** One application for the operator: company data, documents, the checklist, approve or reject. */
@Named("applicationPage")
@ViewScoped
public class ApplicationPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient SupplierDirectory directory;
  @Inject transient VetApplication vetApplication;
  @Inject transient AttachDocument documents;

  private Long id;
  private ApplicationView application;
  private List<ChecklistRow> checklist;
  private String tier = "STANDARD";
  private String reason;

  /** f:viewAction: loads the application named by ?id=. */
  public void load() {
    show(directory.application(id));
  }

  public void record(ChecklistRow row) {
    act(() -> vetApplication.record(id, row.item(), row.isPassed(), row.getNote()), row.getLabel() + " recorded");
  }

  public void approve() {
    act(() -> vetApplication.approve(id, tier), getCompanyName() + " approved: membership " + tier + " is ACTIVE");
  }

  public void reject() {
    act(() -> vetApplication.reject(id, reason), getCompanyName() + " rejected");
  }

  /** Runs a vetting step and shows the application as it now stands. */
  private void act(Runnable step, String done) {
    Outcomes.run(step, done);
    show(directory.application(id));
  }

  private void show(ApplicationView view) {
    application = view;
    checklist = view.checklist().stream().map(ChecklistRow::new).toList();
  }

  public List<DocumentView> getDocuments() {
    return documents.documents(id);
  }

  public List<String> getTiers() {
    return directory.tiers().stream().map(TierView::code).toList();
  }

  public boolean isOpen() { return "SUBMITTED".equals(getStatus()); }
  public String getStatus() { return application.status().name(); }
  public String getCompanyName() { return application.company().companyName(); }
  public String getTaxId() { return application.company().taxId(); }
  public String getAddress() {
    var c = application.company();
    return c.street() + ", " + c.postalCode() + " " + c.city() + ", " + c.country();
  }
  public String getContact() {
    var c = application.company();
    return c.contactName() + " <" + c.contactEmail() + ">" + (c.contactPhone() == null ? "" : ", " + c.contactPhone());
  }
  public String getReferences() { return application.company().references(); }
  public String getDecision() {
    return application.decidedBy() == null ? "" : application.status() + " by " + application.decidedBy()
        + (application.decisionReason() == null ? "" : ": " + application.decisionReason());
  }
  public List<ChecklistRow> getChecklist() { return checklist; }
  public Long getId() { return id; }
  public void setId(Long id) { this.id = id; }
  public String getTier() { return tier; }
  public void setTier(String tier) { this.tier = tier; }
  public String getReason() { return reason; }
  public void setReason(String reason) { this.reason = reason; }
}
