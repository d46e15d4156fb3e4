// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.partner.rest.supplier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.extranet.marketplace.partner.rest.MoneyJson;
import org.extranet.marketplace.supplier.CompanyDetails;
import org.extranet.marketplace.supplier.Views.ApplicationView;
import org.extranet.marketplace.supplier.Views.ChecklistView;
import org.extranet.marketplace.supplier.Views.MembershipView;
import org.extranet.marketplace.supplier.Views.SupplierView;
import org.extranet.marketplace.supplier.Views.TierView;

/** The supplier network on the wire (API.md "Suppliers and membership"). */
public final class SupplierJson {

  private SupplierJson() {}

  public record Address(String street, String city, String postalCode, String country) {}

  public record Contact(String name, String email, String phone) {}

  /**
   * POST /supplier-applications and PUT /supplier-applications/{id}. {@code organizationId} only when the
   * operator keys in a paper application; {@code draft: true} saves a DRAFT that needs only the company name.
   */
  public record ApplicationRequest(
      String organizationId, Boolean draft, String companyName, String taxId, Address address, Contact contact, String references) {

    boolean isDraft() {
      return Boolean.TRUE.equals(draft);
    }

    /** Complete details (a submitted application), or what is known so far (a draft). */
    CompanyDetails toCompany(boolean complete) {
      Address a = address == null ? new Address(null, null, null, null) : address;
      Contact c = contact == null ? new Contact(null, null, null) : contact;
      return complete
          ? new CompanyDetails(companyName, taxId, a.street(), a.city(), a.postalCode(), a.country(), c.name(), c.email(), c.phone(), references)
          : CompanyDetails.draft(companyName, taxId, a.street(), a.city(), a.postalCode(), a.country(), c.name(), c.email(), c.phone(), references);
    }
  }

  public record ChecklistRequest(Boolean passed, String note) {}

  public record ApprovalRequest(String tier) {}

  public record ReasonRequest(String reason) {}

  public record Tier(String code, String name, MoneyJson annualFee, Integer listingLimit) {
    static Tier of(TierView view) {
      return new Tier(view.code(), view.name(), MoneyJson.of(view.annualFee()), view.listingLimit());
    }
  }

  public record ChecklistItemJson(String item, Boolean passed, String note, String recordedBy, Instant recordedAt) {
    static ChecklistItemJson of(ChecklistView view) {
      return new ChecklistItemJson(view.item().name(), view.passed(), view.note(), view.recordedBy(), view.recordedAt());
    }
  }

  public record Application(
      Long id, String organizationId, String companyName, String taxId, Address address, Contact contact, String references,
      String status, List<ChecklistItemJson> checklist, Instant submittedAt, Instant decidedAt, String decidedBy, String decisionReason) {
    static Application of(ApplicationView view) {
      CompanyDetails c = view.company();
      return new Application(view.id(), view.organizationId(), c.companyName(), c.taxId(),
          new Address(c.street(), c.city(), c.postalCode(), c.country()),
          new Contact(c.contactName(), c.contactEmail(), c.contactPhone()), c.references(), view.status().name(),
          view.checklist().stream().map(ChecklistItemJson::of).toList(),
          view.submittedAt(), view.decidedAt(), view.decidedBy(), view.decisionReason());
    }
  }

  public record Membership(
      String organizationId, String tier, String status, LocalDate periodStart, LocalDate periodEnd, MoneyJson annualFee,
      Integer listingLimit, String suspensionReason) {
    static Membership of(MembershipView view) {
      return new Membership(view.organizationId(), view.tier(), view.status().name(), view.periodStart(), view.periodEnd(),
          MoneyJson.of(view.annualFee()), view.listingLimit(), view.suspensionReason());
    }
  }

  public record Supplier(String id, String name, String status, String tier) {
    static Supplier of(SupplierView view) {
      return new Supplier(view.id(), view.name(), view.status().name(), view.tier());
    }
  }
}
