// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.integration.edi;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Mutated interchanges (byte flips, cuts, dropped and doubled segments, wrong counts) never break the reader:
 * each is either refused as not X12 or read with its errors, and its 997 is itself readable X12.
 */
class X12FuzzTest {

  private static final String VALID = X12ReaderTest.purchaseOrder("000000777", "PO1*1*2*EA*99.50**VP*NOR-1", "PO1*2*1*EA***VP*NOR-2");

  @Test
  void twoHundredAndFortyMutationsAreAnsweredOrRefusedNeverCrash() {
    List<String> mutations = mutations(new Random(20261124));
    int refused = 0;
    int rejected = 0;
    for (String mutated : mutations) {
      X12Interchange in;
      try {
        in = X12Reader.read(mutated.getBytes(StandardCharsets.ISO_8859_1));
      } catch (X12Reader.NotAnInterchangeException e) {
        refused++;
        continue;
      } catch (RuntimeException e) {
        fail("the reader broke on:\n" + mutated, e);
        return;
      }
      String ack = FunctionalAcknowledgement.of(in, 1, Instant.parse("2026-11-24T12:00:00Z"));
      X12Interchange reread = X12Reader.read(ack.getBytes(StandardCharsets.ISO_8859_1));
      assertTrue(reread.envelopeErrors().isEmpty(), () -> "the 997 is not clean X12:\n" + ack + "\nfor\n" + mutated);
      boolean anyRejected = in.groups().stream().flatMap(g -> g.sets().stream()).anyMatch(s -> !s.isValid())
          || !in.envelopeErrors().isEmpty() || in.groups().isEmpty();
      rejected += anyRejected ? 1 : 0;
    }
    assertTrue(mutations.size() >= 240, "mutations: " + mutations.size());
    assertTrue(refused + rejected > mutations.size() / 2, "most mutations are caught: " + refused + " refused, " + rejected + " rejected");
  }

  static List<String> mutations(Random random) {
    List<String> out = new ArrayList<>();
    String[] segments = VALID.split("~\n");
    for (int i = 0; i < 90; i++) { // a byte flipped
      char[] chars = VALID.toCharArray();
      int at = random.nextInt(chars.length);
      chars[at] = (char) (32 + random.nextInt(95));
      out.add(new String(chars));
    }
    for (int i = 0; i < 60; i++) { // cut off anywhere
      out.add(VALID.substring(0, random.nextInt(VALID.length())));
    }
    for (int i = 0; i < segments.length; i++) { // a segment dropped, a segment doubled
      List<String> dropped = new ArrayList<>(List.of(segments));
      dropped.remove(i);
      out.add(String.join("~\n", dropped) + "~\n");
      List<String> doubled = new ArrayList<>(List.of(segments));
      doubled.add(i, segments[i]);
      out.add(String.join("~\n", doubled) + "~\n");
    }
    for (int i = 0; i < 40; i++) { // wrong counts and control numbers
      out.add(VALID.replace("SE*7*0001", "SE*" + random.nextInt(20) + "*0001")
          .replace("GE*1*777", "GE*" + random.nextInt(3) + "*" + random.nextInt(1000))
          .replace("IEA*1*000000777", "IEA*" + random.nextInt(3) + "*000000" + (100 + random.nextInt(900))));
    }
    for (int i = 0; i < 30; i++) { // garbage elements in the lines
      out.add(VALID.replace("PO1*1*2*EA*99.50", "PO1*" + junk(random) + "*" + junk(random) + "*" + junk(random) + "*" + junk(random)));
    }
    out.add("");
    out.add("ISA");
    out.add("GS*PO*GLOBEX~ST*850*1~SE*2*1~");
    out.add(VALID.replace('~', '\n'));
    return out;
  }

  private static String junk(Random random) {
    StringBuilder s = new StringBuilder();
    for (int i = 0, n = random.nextInt(30); i < n; i++) {
      s.append((char) (33 + random.nextInt(90)));
    }
    return s.toString();
  }
}
