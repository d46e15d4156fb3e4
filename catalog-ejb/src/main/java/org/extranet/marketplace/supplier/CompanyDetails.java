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

  /** Complete details, as a submitted application needs them; validates every field at once and names each bad one. */
  public CompanyDetails(
      String companyName, String taxId, String street, String city, String postalCode, String country,
      String contactName, String contactEmail, String contactPhone, String references) {
    this(companyName, taxId, street, city, postalCode, country, contactName, contactEmail, contactPhone, references, true);
  }

  private CompanyDetails(
      String companyName, String taxId, String street, String city, String postalCode, String country,
      String contactName, String contactEmail, String contactPhone, String references, boolean complete) {
    check(complete, companyName, taxId, street, city, postalCode, country, contactName, contactEmail, contactPhone, references)
        .orThrow();
    this.companyName = companyName.strip();
    this.taxId = strip(taxId);
    this.street = strip(street);
    this.city = strip(city);
    this.postalCode = strip(postalCode);
    this.country = strip(country);
    this.contactName = strip(contactName);
    this.contactEmail = contactEmail == null || contactEmail.isBlank() ? null : contactEmail.strip().toLowerCase();
    this.contactPhone = strip(contactPhone);
    this.references = strip(references);
  }

  /**
   * What an applicant has filled in so far (a DRAFT application): only the company name is required,
   * so the organization can exist from the first step; whatever else is given must already be valid.
   */
  public static CompanyDetails draft(
      String companyName, String taxId, String street, String city, String postalCode, String country,
      String contactName, String contactEmail, String contactPhone, String references) {
    return new CompanyDetails(companyName, taxId, street, city, postalCode, country, contactName, contactEmail,
        contactPhone, references, false);
  }

  /** Names every field still missing or invalid before an application can be submitted. */
  public void requireComplete() {
    check(true, companyName, taxId, street, city, postalCode, country, contactName, contactEmail, contactPhone, references)
        .orThrow();
  }

  private static Validation check(
      boolean complete, String companyName, String taxId, String street, String city, String postalCode, String country,
      String contactName, String contactEmail, String contactPhone, String references) {
    return new Validation()
        .requireText(companyName, "companyName", 200)
        .text(taxId, "taxId", 40, complete)
        .require(blank(taxId) || taxId.strip().matches("[A-Za-z0-9 .\\-/]{4,40}"), "taxId",
            "must be 4 to 40 letters, digits, spaces, dots, dashes or slashes")
        .text(street, "address.street", 200, complete)
        .text(city, "address.city", 100, complete)
        .text(postalCode, "address.postalCode", 20, complete)
        .require(blank(country) ? !complete : country.strip().matches("[A-Z]{2}"), "address.country",
            "must be an ISO 3166 alpha-2 code like US")
        .text(contactName, "contact.name", 200, complete)
        .require(blank(contactEmail) ? !complete : contactEmail.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"),
            "contact.email", "must be an e-mail address")
        .text(contactPhone, "contact.phone", 40, false)
        .text(references, "references", 2000, false);
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  private static String strip(String value) {
    return blank(value) ? null : value.strip();
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
