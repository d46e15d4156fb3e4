// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.integration.edi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Reading 850s and answering them with 997s, against hand-written interchanges. */
class X12ReaderTest {

  static String purchaseOrder(String control, String... lines) {
    StringBuilder po1 = new StringBuilder();
    for (String line : lines) {
      po1.append(line).append("~\n");
    }
    int segments = 4 + lines.length; // ST, BEG, N1, … , CTT, SE
    return "ISA*00*          *00*          *ZZ*GLOBEX         *ZZ*EXTRANETMKT    *261124*1200*^*00501*" + control + "*0*P*>~\n"
        + "GS*PO*GLOBEX*EXTRANETMKT*20261124*1200*" + Integer.parseInt(control) + "*X*005010~\n"
        + "ST*850*0001~\n"
        + "BEG*00*SA*GX-4711**20261124~\n"
        + "N1*SE*Northwind Software*92*NORTHWIND~\n"
        + po1
        + "CTT*" + lines.length + "~\n"
        + "SE*" + (segments + 1) + "*0001~\n"
        + "GE*1*" + Integer.parseInt(control) + "~\n"
        + "IEA*1*" + control + "~\n";
  }

  @Test
  void aValidPurchaseOrderIsReadLineByLineAndAccepted() {
    X12Interchange in = X12Reader.read(purchaseOrder("000000101", "PO1*1*2*EA*99.50**VP*NOR-43231513-001",
        "PO1*2*1*EA***VP*NOR-43231602-002").getBytes(StandardCharsets.UTF_8));
    assertEquals("GLOBEX", in.senderId());
    assertEquals("000000101", in.controlNumber());
    X12Interchange.TransactionSet set = in.groups().get(0).sets().get(0);
    assertTrue(set.isValid(), () -> set.errors() + " " + set.trailerErrors());
    assertEquals("GX-4711", set.purchaseOrderNumber());
    assertEquals("NORTHWIND", set.supplierEdiId());
    assertEquals(2, set.lines().size());
    assertEquals(new BigDecimal("2"), set.lines().get(0).quantity());
    assertEquals("NOR-43231602-002", set.lines().get(1).sku());
    assertEquals(5, set.lines().get(1).position(), "ST=1, BEG, N1, PO1=4, PO1=5");

    String ack = FunctionalAcknowledgement.of(in, 42, Instant.parse("2026-11-24T12:00:00Z"));
    assertTrue(ack.startsWith("ISA*00*          *00*          *ZZ*EXTRANETMKT    *ZZ*GLOBEX         *261124*1200*^*00501*000000042*0*P*>~"), ack);
    assertTrue(ack.contains("AK1*PO*101~"), ack);
    assertTrue(ack.contains("AK2*850*0001~\nAK5*A~\nAK9*A*1*1*1~"), ack);
    assertTrue(X12Reader.read(ack.getBytes(StandardCharsets.UTF_8)).envelopeErrors().isEmpty(), "the 997 reads back as X12");
  }

  @Test
  void elementAndSegmentErrorsAreReportedWhereTheyAre() {
    // a bad date in BEG05, a quantity that is not a number, and a segment count that is wrong
    String bad = purchaseOrder("000000102", "PO1*1*TWO*EA***VP*NOR-1").replace("20261124~\nN1", "20261340~\nN1")
        .replace("SE*6*0001", "SE*9*0001");
    X12Interchange in = X12Reader.read(bad.getBytes(StandardCharsets.UTF_8));
    X12Interchange.TransactionSet set = in.groups().get(0).sets().get(0);
    assertFalse(set.isValid());
    String ack = FunctionalAcknowledgement.of(in, 43, Instant.parse("2026-11-24T12:00:00Z"));
    assertTrue(ack.contains("AK3*BEG*2**8~\nAK4*5**8*20261340~"), ack);
    assertTrue(ack.contains("AK3*PO1*4*"), ack);
    assertTrue(ack.contains("AK4*2**"), ack);
    assertTrue(ack.contains("AK5*R*4*5~"), ack);
    assertTrue(ack.contains("AK9*R*1*1*0~"), ack);
  }

  @Test
  void somethingThatIsNotX12IsRefusedWhole() {
    assertThrows(X12Reader.NotAnInterchangeException.class, () -> X12Reader.read("{\"order\": 1}".getBytes(StandardCharsets.UTF_8)));
    assertThrows(X12Reader.NotAnInterchangeException.class, () -> X12Reader.read(new byte[0]));
  }
}
