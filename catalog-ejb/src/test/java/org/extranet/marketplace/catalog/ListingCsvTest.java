// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.extranet.marketplace.shared.RejectedDocumentException.LineError;
import org.junit.jupiter.api.Test;

class ListingCsvTest {

  private static final String HEADER = "sku,name,category,unit,kind,listPrice,stock,licenceType,downloadUrl\n";
  private final ListingCsv csv = new ListingCsv(ListingTest.KNOWN);

  @Test
  void aCleanFileGivesEveryListingWithItsLine() {
    ListingCsv.Parsed parsed = read(HEADER
        + "NB-1,Notebook 14,43211503,EA,PHYSICAL,899.00,12,,\n"
        + "\n"
        + "\"SW-1\",\"Office suite, 1 year\",43231513,EA,digital,129.5,,SUBSCRIPTION,https://dl.example/office\n");

    assertTrue(parsed.isClean(), parsed.errors().toString());
    assertEquals(List.of(2, 4), parsed.rows().stream().map(ListingCsv.Row::line).toList());
    Listing office = parsed.rows().get(1).listing();
    assertEquals("Office suite, 1 year", office.name());
    assertEquals(ProductKind.DIGITAL, office.kind());
    assertEquals("129.50", office.listPrice().amount().toPlainString());
    assertEquals(LicenceType.SUBSCRIPTION, office.digital().licenceType());
    assertEquals(null, office.stock(), "an empty cell keeps the stock as it is");
  }

  @Test
  void everyBadLineIsNamedAndNoRowIsKept() {
    ListingCsv.Parsed parsed = read(HEADER
        + "NB-1,Notebook,43211503,EA,PHYSICAL,899.00,1,,\n"
        + "NB-2,Notebook,99999999,BOX,PHYSICAL,899.00,1,,\n"        // unknown category and unit
        + "NB-3,Notebook,43211503,EA,PHYSICAL,-1.00,1,,\n"          // negative price
        + "NB-4,Notebook,43211503,EA,PHYSICAL,1.005,1,,\n"          // over-precise price
        + "NB-1,Notebook again,43211503,EA,PHYSICAL,5.00,1,,\n"     // duplicate SKU
        + "NB-5,Notebook,43211503,EA,PHYSICAL,abc,x,,\n");           // unreadable cells

    assertFalse(parsed.isClean());
    assertEquals(List.of(), parsed.rows());
    assertEquals(List.of(
            "3 category", "3 unit", "4 listPrice", "5 listPrice", "6 sku", "7 listPrice", "7 stock"),
        parsed.errors().stream().map(e -> e.line() + " " + e.field()).toList());
  }

  @Test
  void missingAndUnknownColumnsAreErrorsOfTheHeaderLine() {
    ListingCsv.Parsed parsed = read("sku,name,unit,colour\nA,B,EA,red\n");

    assertEquals(List.of("1 category", "1 kind", "1 listPrice", "1 colour"),
        parsed.errors().stream().map(e -> e.line() + " " + e.field()).toList());
  }

  @Test
  void aLineWithTooFewCellsIsNamed() {
    ListingCsv.Parsed parsed = read(HEADER + "NB-1,Notebook,43211503\n");
    assertEquals(List.of(2), parsed.errors().stream().map(LineError::line).toList());
  }

  @Test
  void aFileThatIsNotUtf8IsRefusedByLine() {
    byte[] latin1 = (HEADER + "NB-1,Café crème machine,43211503,EA,PHYSICAL,10.00,1,,\n")
        .getBytes(StandardCharsets.ISO_8859_1);

    ListingCsv.Parsed parsed = csv.read(latin1);

    assertEquals(1, parsed.errors().size());
    assertEquals(2, parsed.errors().get(0).line());
    assertTrue(parsed.errors().get(0).message().contains("UTF-8"));
  }

  @Test
  void anEmptyFileSaysWhatTheHeaderMustBe() {
    assertEquals(List.of(1), csv.read(new byte[0]).errors().stream().map(LineError::line).toList());
  }

  @Test
  void fiftyThousandLinesAreRead() {
    StringBuilder file = new StringBuilder(HEADER);
    for (int i = 0; i < 50_000; i++) {
      file.append("SKU-").append(i).append(",Item ").append(i).append(",43211503,EA,PHYSICAL,").append(i % 500).append(".25,")
          .append(i % 7).append(",,\n");
    }
    ListingCsv.Parsed parsed = read(file.toString());
    assertTrue(parsed.isClean());
    assertEquals(50_000, parsed.rows().size());
    assertEquals(50_001, parsed.rows().get(49_999).line());
  }

  private ListingCsv.Parsed read(String text) {
    return csv.read(text.getBytes(StandardCharsets.UTF_8));
  }
}
