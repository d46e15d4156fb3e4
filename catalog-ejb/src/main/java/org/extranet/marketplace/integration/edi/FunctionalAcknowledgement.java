// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.integration.edi;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The 997 for an interchange read by {@link X12Reader}: one AK1 … AK9 per functional group, an AK2 … AK5 per
 * transaction set with an AK3 per segment in error and an AK4 per element in error; AK5 / AK9 accept (A),
 * reject (R) or accept part of a group (P). Sent back from the marketplace to the sender (envelope reversed).
 */
public final class FunctionalAcknowledgement {

  static final String MARKETPLACE_ID = "EXTRANETMKT";
  private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");
  private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.ofPattern("yyyyMMdd");
  private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HHmm");

  private FunctionalAcknowledgement() {}

  /** @param controlNumber this acknowledgement's own interchange and group control number */
  public static String of(X12Interchange in, long controlNumber, Instant at) {
    var now = at.atOffset(ZoneOffset.UTC);
    String version = in.version() != null && in.version().matches("\\d{5}") ? in.version() : "00401";
    String control = String.format("%09d", controlNumber % 1_000_000_000L);
    List<String> segments = new ArrayList<>();
    segments.add("ISA*00*          *00*          *" + pad(in.receiverQualifier() == null ? "ZZ" : clean(in.receiverQualifier()), 2)
        + "*" + pad(MARKETPLACE_ID, 15) + "*" + pad(in.senderQualifier() == null ? "ZZ" : clean(in.senderQualifier()), 2) + "*"
        + pad(in.senderId() == null ? "" : clean(in.senderId()), 15) + "*" + YYMMDD.format(now) + "*" + HHMM.format(now) + "*"
        + (version.compareTo("00402") >= 0 ? "^" : "U") + "*" + version + "*" + control + "*0*P*>");
    int groups = 0;
    for (X12Interchange.Group group : in.groups()) {
      groups++;
      String groupControl = String.valueOf(controlNumber % 1_000_000_000L);
      segments.add("GS*FA*" + MARKETPLACE_ID + "*" + clean(nullToEmpty(in.senderId())) + "*" + CCYYMMDD.format(now) + "*" + HHMM.format(now)
          + "*" + groupControl + "*X*" + (group.version() != null && group.version().matches("\\d{6}[A-Z0-9]{0,6}") ? group.version() : "004010"));
      List<String> body = new ArrayList<>();
      body.add("ST*997*0001");
      body.add("AK1*" + clean(nullToEmpty(group.functionalId())) + "*" + clean(nullToEmpty(group.controlNumber())));
      int accepted = 0;
      for (X12Interchange.TransactionSet set : group.sets()) {
        body.add("AK2*" + clean(nullToEmpty(set.type())) + "*" + clean(nullToEmpty(set.controlNumber())));
        for (X12Interchange.SegmentError error : set.errors()) {
          body.add("AK3*" + clean(nullToEmpty(error.tag())) + "*" + error.position() + "*" + nullToEmpty(error.loop()) + "*" + error.code());
          for (X12Interchange.ElementError element : error.elements()) {
            String position = element.component() > 0 ? element.position() + ">" + element.component() : String.valueOf(element.position());
            body.add("AK4*" + position + "**" + element.code() + (element.value() == null ? "" : "*" + clean(element.value())));
          }
        }
        if (group.accepts(set)) {
          accepted++;
          body.add("AK5*A");
        } else if (set.isValid()) {
          body.add("AK5*R"); // sound itself, refused with its group or envelope (AK9 says why)
        } else {
          List<Integer> codes = new ArrayList<>(set.trailerErrors());
          if (!set.errors().isEmpty()) {
            codes.add(5); // one or more segments in error
          }
          body.add("AK5*R*" + String.join("*", codes.stream().distinct().limit(5).map(String::valueOf).toList()));
        }
      }
      int received = group.sets().size();
      String status = !group.trailerErrors().isEmpty() || accepted == 0 ? "R" : accepted == received ? "A" : "P";
      body.add("AK9*" + status + "*" + received + "*" + received + "*" + accepted
          + (group.trailerErrors().isEmpty() ? "" : "*" + String.join("*", group.trailerErrors().stream().map(String::valueOf).toList())));
      body.add("SE*" + (body.size() + 1) + "*0001");
      segments.addAll(body);
      segments.add("GE*1*" + groupControl);
    }
    segments.add("IEA*" + groups + "*" + control);
    return String.join("~\n", segments) + "~\n";
  }

  private static String pad(String value, int width) {
    String v = value.length() > width ? value.substring(0, width) : value;
    return v + " ".repeat(width - v.length());
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }

  /** A bad value copied into AK404 must not carry the delimiters. */
  private static String clean(String value) {
    return value.replaceAll("[*~>^\\r\\n]", "");
  }
}
