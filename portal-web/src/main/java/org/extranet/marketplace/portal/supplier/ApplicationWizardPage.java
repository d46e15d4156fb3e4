// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.portal.supplier;

import org.extranet.marketplace.portal.shell.Outcomes;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.extranet.marketplace.supplier.ApplyForMembership;
import org.extranet.marketplace.supplier.CompanyDetails;

/**
 * The supplier's application, in steps: company, address, contact and references, review. Submitting
 * calls the same use case as POST /supplier-applications; the business tier names every bad field.
 */
@Named("applicationWizard")
@ViewScoped
public class ApplicationWizardPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient ApplyForMembership applyForMembership;

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
  private Long submittedId;

  public void submit() {
    Outcomes.run(() -> submittedId = applyForMembership.apply(null, new CompanyDetails(
        companyName, taxId, street, city, postalCode, country, contactName, contactEmail, blankToNull(contactPhone),
        blankToNull(references))).id(), "Application submitted: the marketplace operator will now vet it");
  }

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
