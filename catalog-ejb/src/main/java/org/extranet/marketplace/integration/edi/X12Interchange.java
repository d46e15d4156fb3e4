// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.integration.edi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * An X12 interchange as read ({@link X12Reader}): its envelope, its functional groups and their transaction
 * sets, with every syntax error found, where it was found — what a 997 reports.
 */
public final class X12Interchange {

  /** A segment-level error (AK3) and the element errors in it (AK4). */
  public record SegmentError(String tag, int position, String loop, int code, List<ElementError> elements) {}

  /** An element-level error (AK4): position in the segment, component (or -1), X12 error code, bad value. */
  public record ElementError(int position, int component, int code, String value) {}

  /** One PO1 line: where it is (segment position in the set), quantity, unit, unit price and the SKU after VP. */
  public record PurchaseLine(int position, String lineNumber, BigDecimal quantity, String unit, BigDecimal unitPrice, String sku) {}

  /** One transaction set: its type and control number, errors, and for an 850 what it orders. */
  public static final class TransactionSet {
    String type;
    String controlNumber;
    int startPosition;
    final List<SegmentError> errors = new ArrayList<>();
    /** The set's own trailer-level problems (AK502 codes), e.g. 4: segment count wrong. */
    final List<Integer> trailerErrors = new ArrayList<>();
    String purchaseOrderNumber;
    String supplierEdiId;
    final List<PurchaseLine> lines = new ArrayList<>();

    public String type() { return type; }
    public String controlNumber() { return controlNumber; }
    public List<SegmentError> errors() { return errors; }
    public List<Integer> trailerErrors() { return trailerErrors; }
    public String purchaseOrderNumber() { return purchaseOrderNumber; }
    public String supplierEdiId() { return supplierEdiId; }
    public List<PurchaseLine> lines() { return lines; }

    public boolean isValid() {
      return errors.isEmpty() && trailerErrors.isEmpty();
    }
  }

  /** A functional group (GS … GE) and its sets. */
  public static final class Group {
    String functionalId;
    String senderId;
    String receiverId;
    String controlNumber;
    String version;
    final List<TransactionSet> sets = new ArrayList<>();
    final List<Integer> trailerErrors = new ArrayList<>();

    public String functionalId() { return functionalId; }
    public String controlNumber() { return controlNumber; }
    public String version() { return version; }
    public List<TransactionSet> sets() { return sets; }
    public List<Integer> trailerErrors() { return trailerErrors; }

    /** A set is taken only when it, its group and the envelope are sound. */
    public boolean accepts(TransactionSet set) {
      return set.isValid() && trailerErrors.isEmpty();
    }
  }

  String senderQualifier;
  String senderId;
  String receiverQualifier;
  String receiverId;
  String controlNumber;
  String version;
  final List<Group> groups = new ArrayList<>();
  /** Problems with the envelope itself (ISA/IEA), in words. */
  final List<String> envelopeErrors = new ArrayList<>();

  public String senderQualifier() { return senderQualifier; }
  public String senderId() { return senderId; }
  public String receiverQualifier() { return receiverQualifier; }
  public String receiverId() { return receiverId; }
  public String controlNumber() { return controlNumber; }
  public String version() { return version; }
  public List<Group> groups() { return groups; }
  public List<String> envelopeErrors() { return envelopeErrors; }
}
