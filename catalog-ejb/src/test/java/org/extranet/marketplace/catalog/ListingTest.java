// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.extranet.marketplace.shared.InvalidInputException.Violation;
import org.extranet.marketplace.shared.Money;
import org.junit.jupiter.api.Test;

class ListingTest {

  /** The reference data the rules are checked against: two categories and two units. */
  static final CatalogReference.Codes KNOWN = new CatalogReference.Codes() {
    @Override
    public boolean isCategory(String code) {
      return Set.of("43231513", "43211503").contains(code);
    }

    @Override
    public boolean isUnit(String code) {
      return Set.of("EA", "HUR").contains(code);
    }
  };

  static Listing laptop() {
    return Listing.of("NW-LT-14", "Notebook 14\"", null, "43211503", "EA", ProductKind.PHYSICAL, Money.usd("899.00"), 12);
  }

  @Test
  void aCompleteListingIsAccepted() {
    Listing office = Listing.of("NW-OFF-365", "Office suite licence", null, "43231513", "EA", ProductKind.DIGITAL,
            Money.usd("129.00"), 0)
        .withDigital(new DigitalDelivery(LicenceType.SUBSCRIPTION, "https://dl.northwind.example/office", null))
        .withTerms(5, 5, 0);
    assertEquals(List.of(), office.violations(KNOWN));
    assertEquals(List.of(), laptop().violations(KNOWN));
  }

  @Test
  void namesEveryBadField() {
    Listing bad = new Listing("bad sku!", "", null, "4323", "each", null, Money.usd("-1.00"), -3, 0, 0, 366, null, false);

    assertEquals(List.of("sku", "name", "category", "unit", "kind", "listPrice", "stock", "minimumOrderQuantity",
            "packSize", "leadTimeDays"),
        bad.violations(KNOWN).stream().map(Violation::field).toList());
  }

  @Test
  void aWellFormedCodeOutsideTheReferenceDataIsRefused() {
    Listing unknown = new Listing("X-1", "Thing", null, "99999999", "KGM", ProductKind.PHYSICAL, Money.usd("1.00"), 0,
        null, null, null, null, false);
    assertEquals(List.of("category", "unit"), unknown.violations(KNOWN).stream().map(Violation::field).toList());
  }

  @Test
  void digitalGoodsNeedALicenceAndPhysicalGoodsCarryNone() {
    Listing noLicence = laptop().withDigital(null);
    Listing digitalWithoutLicence = Listing.of("SW-1", "Antivirus", null, "43231513", "EA", ProductKind.DIGITAL,
        Money.usd("20.00"), 0);
    Listing physicalWithLicence = laptop().withDigital(new DigitalDelivery(LicenceType.PERPETUAL, null, null));
    Listing badLink = digitalWithoutLicence.withDigital(new DigitalDelivery(LicenceType.SITE, "ftp://x", "javascript:1"));

    assertEquals(List.of(), noLicence.violations(KNOWN));
    assertEquals(List.of("licenceType"), fields(digitalWithoutLicence));
    assertEquals(List.of("licenceType"), fields(physicalWithLicence));
    assertEquals(List.of("downloadUrl", "trainingUrl"), fields(badLink));
  }

  @Test
  void boundariesOfTheTermsAreAccepted() {
    assertTrue(laptop().withTerms(1, 1, 0).violations(KNOWN).isEmpty());
    assertTrue(laptop().withTerms(1, 1, Listing.MAX_LEAD_TIME_DAYS).violations(KNOWN).isEmpty());
    assertEquals(List.of("leadTimeDays"), fields(laptop().withTerms(1, 1, -1)));
  }

  private static List<String> fields(Listing listing) {
    return listing.violations(KNOWN).stream().map(Violation::field).toList();
  }
}
