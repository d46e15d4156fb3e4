// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.portal.supplier;

import org.extranet.marketplace.portal.shell.Outcomes;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.extranet.marketplace.shared.TooLargeException;
import org.extranet.marketplace.shared.UnsupportedContentException;
import org.extranet.marketplace.supplier.ApplyForMembership;
import org.extranet.marketplace.supplier.AttachDocument;
import org.extranet.marketplace.supplier.SubmitApplication;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.event.FlowEvent;
import org.extranet.marketplace.supplier.CompanyDetails;

/**
 * The supplier's application, in steps: company, address, contact and references, documents, review. Leaving
 * the first step saves a DRAFT (the organization exists from then on, as with POST /supplier-applications
 * {"draft": true}); documents are attached to that draft; submitting completes and submits it. The business
 * tier names every bad field.
 */
@Named("applicationWizard")
@ViewScoped
public class ApplicationWizardPage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

  @Inject transient ApplyForMembership applyForMembership;
  @Inject transient SubmitApplication submitApplication;
  @Inject transient AttachDocument attachDocument;

  private String companyName;
  private String taxId;
  private String street;
  private String city;
  private String postalCode;
  private String country = "US";
  private String contactName;
  private String contactEmail;
  private String contactPhone;
  private String references;
  private Long draftId;
  private Long submittedId;
  private final List<DocumentRow> documents = new ArrayList<>();

  /** Leaving the company step saves the draft; a refusal (already a member, …) keeps the applicant there. */
  public String onFlow(FlowEvent event) {
    if ("company".equals(event.getOldStep()) && draftId == null) {
      boolean saved = Outcomes.run(() -> draftId = applyForMembership.startDraft(null, CompanyDetails.draft(
          companyName, taxId, null, null, null, null, null, null, null, null)).id(), "Draft saved");
      return saved ? event.getNewStep() : event.getOldStep();
    }
    return event.getNewStep();
  }

  /** One uploaded document: PDF, PNG or JPEG up to 5 MB (the business tier checks the bytes, not the name). */
  public void upload(FileUploadEvent event) throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    try (InputStream in = event.getFile().getInputStream()) {
      byte[] content = in.readNBytes(MAX_DOCUMENT_BYTES + 1);
      if (content.length > MAX_DOCUMENT_BYTES) {
        throw new TooLargeException("documents are at most 5 MB");
      }
      AttachDocument.DocumentView attached = attachDocument.attach(draftId, event.getFile().getFileName(),
          event.getFile().getContentType(), content);
      documents.add(new DocumentRow(attached.fileName(), attached.size(), attached.sha256()));
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "Attached " + attached.fileName(), ""));
    } catch (TooLargeException | UnsupportedContentException e) {
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, event.getFile().getFileName(), e.getMessage()));
    }
  }

  public void submit() {
    CompanyDetails details = CompanyDetails.draft(companyName, taxId, street, city, postalCode, country, contactName,
        contactEmail, blankToNull(contactPhone), blankToNull(references));
    Outcomes.run(() -> {
      submitApplication.revise(draftId, details);
      submittedId = submitApplication.submit(draftId).id();
    }, "Application submitted: the marketplace operator will now vet it");
  }

  /** A document as the wizard lists it. */
  public static class DocumentRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String fileName;
    private final long size;
    private final String sha256;

    DocumentRow(String fileName, long size, String sha256) {
      this.fileName = fileName;
      this.size = size;
      this.sha256 = sha256;
    }

    public String getFileName() { return fileName; }
    public long getSize() { return size; }
    public String getSha256() { return sha256; }
  }

  public List<DocumentRow> getDocuments() { return documents; }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  public boolean isSubmitted() { return submittedId != null; }
  public Long getSubmittedId() { return submittedId; }
  public String getCompanyName() { return companyName; }
  public void setCompanyName(String companyName) { this.companyName = companyName; }
  public String getTaxId() { return taxId; }
  public void setTaxId(String taxId) { this.taxId = taxId; }
  public String getStreet() { return street; }
  public void setStreet(String street) { this.street = street; }
  public String getCity() { return city; }
  public void setCity(String city) { this.city = city; }
  public String getPostalCode() { return postalCode; }
  public void setPostalCode(String postalCode) { this.postalCode = postalCode; }
  public String getCountry() { return country; }
  public void setCountry(String country) { this.country = country; }
  public String getContactName() { return contactName; }
  public void setContactName(String contactName) { this.contactName = contactName; }
  public String getContactEmail() { return contactEmail; }
  public void setContactEmail(String contactEmail) { this.contactEmail = contactEmail; }
  public String getContactPhone() { return contactPhone; }
  public void setContactPhone(String contactPhone) { this.contactPhone = contactPhone; }
  public String getReferences() { return references; }
  public void setReferences(String references) { this.references = references; }
}
