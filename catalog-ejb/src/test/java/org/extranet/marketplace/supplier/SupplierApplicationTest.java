// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.extranet.marketplace.shared.ConflictException;
import org.extranet.marketplace.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class SupplierApplicationTest {

  private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

  static CompanyDetails company() {
    return new CompanyDetails("Pending Supplies", "US-12-3456789", "1 Main St", "Springfield", "12345", "US",
        "Pat Applicant", "pat@pending.example", "+1 555 0100", "Globex, Acme");
  }

  private static SupplierApplication submitted() {
    SupplierApplication application = new SupplierApplication("org-1", company());
    application.submit(NOW);
    return application;
  }

  private static CompanyDetails onlyTheName() {
    return CompanyDetails.draft("Pending Supplies", null, null, null, null, null, null, null, null, null);
  }

  @Test
  void aDraftIsCompletedStepByStepThenSubmittedOnce() {
    SupplierApplication application = new SupplierApplication("org-1", onlyTheName());
    assertEquals(ApplicationStatus.DRAFT, application.status());
    assertTrue(application.isOpen());

    InvalidInputException incomplete = assertThrows(InvalidInputException.class, () -> application.submit(NOW));
    assertEquals(List.of("taxId", "address.street", "address.city", "address.postalCode", "address.country", "contact.name", "contact.email"),
        fields(incomplete));
    assertEquals(ApplicationStatus.DRAFT, application.status(), "nothing changed");

    application.revise(company());
    application.submit(NOW);

    assertEquals(ApplicationStatus.SUBMITTED, application.status());
    assertEquals(NOW, application.submittedAt());
    assertThrows(ConflictException.class, () -> application.submit(NOW), "submitted once");
    assertThrows(ConflictException.class, () -> application.revise(onlyTheName()), "no longer editable");
  }

  @Test
  void theOperatorCannotWorkOrDecideADraft() {
    SupplierApplication application = new SupplierApplication("org-1", company());

    ConflictException refused = assertThrows(ConflictException.class,
        () -> application.record(ChecklistItem.IDENTITY_VERIFIED, true, null, "olga", NOW));
    assertTrue(refused.getMessage().contains("DRAFT"), refused.getMessage());
    assertThrows(ConflictException.class, () -> application.approve("olga", NOW));
    assertThrows(ConflictException.class, () -> application.reject("olga", NOW, "too early"));
  }

  @Test
  void aDraftNeedsOnlyTheCompanyNameButWhatIsGivenMustBeValid() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> CompanyDetails.draft(" ", "x", null, null, null, "usa", null, "not-an-email", null, null));
    assertEquals(List.of("companyName", "taxId", "address.country", "contact.email"), fields(e));
  }

  private static List<String> fields(InvalidInputException e) {
    return e.violations().stream().map(InvalidInputException.Violation::field).toList();
  }

  @Test
  void approvalIsRefusedWhileTheChecklistIsIncomplete() {
    SupplierApplication application = submitted();
    application.record(ChecklistItem.IDENTITY_VERIFIED, true, null, "olga", NOW);
    application.record(ChecklistItem.TAX_ID_VERIFIED, false, "number unknown", "olga", NOW);

    ConflictException refused = assertThrows(ConflictException.class, () -> application.approve("olga", NOW));
    assertTrue(refused.getMessage().contains("TAX_ID_VERIFIED"));
    assertEquals(ApplicationStatus.SUBMITTED, application.status());
    assertEquals(5, application.outstandingItems().size());
  }

  @Test
  void approvedOnceEveryItemPassedAndThenFinal() {
    SupplierApplication application = submitted();
    for (ChecklistItem item : ChecklistItem.values()) {
      application.record(item, true, "ok", "olga", NOW);
    }

    application.approve("olga", NOW);

    assertEquals(ApplicationStatus.APPROVED, application.status());
    assertEquals("olga", application.decidedBy());
    assertThrows(ConflictException.class, () -> application.approve("oscar", NOW));
    assertThrows(ConflictException.class, () -> application.reject("oscar", NOW, "changed my mind"));
    assertThrows(ConflictException.class, () -> application.record(ChecklistItem.QUALITY_POLICY, false, null, "oscar", NOW));
  }

  @Test
  void rejectionNeedsAReasonAndIsFinal() {
    SupplierApplication application = submitted();

    assertThrows(InvalidInputException.class, () -> application.reject("olga", NOW, " "));
    application.reject("olga", NOW, "references did not answer");

    assertEquals(ApplicationStatus.REJECTED, application.status());
    assertEquals("references did not answer", application.decisionReason());
    assertThrows(ConflictException.class, () -> application.approve("olga", NOW));
    assertFalse(application.isOpen());
  }

  @Test
  void aCorrectedFindingReplacesTheEarlierOne() {
    SupplierApplication application = submitted();
    application.record(ChecklistItem.INSURANCE_CERTIFICATE, false, "expired", "olga", NOW);
    application.record(ChecklistItem.INSURANCE_CERTIFICATE, true, "renewed", "olga", NOW);

    assertTrue(application.entry(ChecklistItem.INSURANCE_CERTIFICATE).orElseThrow().passed());
    assertFalse(application.outstandingItems().contains(ChecklistItem.INSURANCE_CERTIFICATE));
  }

  @Test
  void companyDetailsNameEveryBadField() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> new CompanyDetails("", "x", "", "City", "1", "usa", "Pat", "not-an-email", null, null));
    assertEquals(List.of("companyName", "taxId", "address.street", "address.country", "contact.email"), fields(e));
  }
}
