// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.supplier;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.extranet.marketplace.shared.Validation;

/** What a company tells the network about itself when it applies. */
@Embeddable
public class CompanyDetails {

  @Column(name = "company_name", length = 200)
  private String companyName;

  @Column(name = "tax_id", length = 40)
  private String taxId;

  @Column(name = "street", length = 200)
  private String street;

  @Column(name = "city", length = 100)
  private String city;

  @Column(name = "postal_code", length = 20)
  private String postalCode;

  @Column(name = "country", length = 2)
  private String country;

  @Column(name = "contact_name", length = 200)
  private String contactName;

  @Column(name = "contact_email", length = 254)
  private String contactEmail;

  @Column(name = "contact_phone", length = 40)
  private String contactPhone;

  @Column(name = "reference_list", length = 2000)
  private String references;

  protected CompanyDetails() {} // for JPA only

  /** Validates every field at once and names each bad one. */
  public CompanyDetails(
      String companyName, String taxId, String street, String city, String postalCode, String country,
      String contactName, String contactEmail, String contactPhone, String references) {
    new Validation()
        .requireText(companyName, "companyName", 200)
        .requireText(taxId, "taxId", 40)
        .require(taxId == null || taxId.matches("[A-Za-z0-9 .\\-/]{4,40}"), "taxId", "must be 4 to 40 letters, digits, spaces, dots, dashes or slashes")
        .requireText(street, "address.street", 200)
        .requireText(city, "address.city", 100)
        .requireText(postalCode, "address.postalCode", 20)
        .require(country != null && country.matches("[A-Z]{2}"), "address.country", "must be an ISO 3166 alpha-2 code like US")
        .requireText(contactName, "contact.name", 200)
        .require(contactEmail != null && contactEmail.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"), "contact.email", "must be an e-mail address")
        .require(contactPhone == null || contactPhone.length() <= 40, "contact.phone", "must be at most 40 characters")
        .require(references == null || references.length() <= 2000, "references", "must be at most 2000 characters")
        .orThrow();
    this.companyName = companyName.strip();
    this.taxId = taxId.strip();
    this.street = street.strip();
    this.city = city.strip();
    this.postalCode = postalCode.strip();
    this.country = country;
    this.contactName = contactName.strip();
    this.contactEmail = contactEmail.strip().toLowerCase();
    this.contactPhone = contactPhone;
    this.references = references;
  }

  public String companyName() { return companyName; }
  public String taxId() { return taxId; }
  public String street() { return street; }
  public String city() { return city; }
  public String postalCode() { return postalCode; }
  public String country() { return country; }
  public String contactName() { return contactName; }
  public String contactEmail() { return contactEmail; }
  public String contactPhone() { return contactPhone; }
  public String references() { return references; }
}
