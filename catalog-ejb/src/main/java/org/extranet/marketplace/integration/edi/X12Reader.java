// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.integration.edi;

import io.xlate.edi.schema.EDISchemaException;
import io.xlate.edi.schema.Schema;
import io.xlate.edi.schema.SchemaFactory;
import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import io.xlate.edi.stream.EDIStreamValidationError;
import io.xlate.edi.stream.Location;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads an X12 interchange with StAEDI: the envelope is checked against StAEDI's control schema, each 850
 * against the marketplace's own EDISchema ({@code edi/x12/850.xml}); every error is kept with its segment
 * position in the set and its element position, as a 997 reports them (X12 AK304 / AK403 codes). Input that
 * is not an X12 interchange at all is refused with {@link NotAnInterchangeException}.
 */
public final class X12Reader {

  /** Not X12 (or cut off before its envelope could be read): nothing to acknowledge. */
  public static final class NotAnInterchangeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotAnInterchangeException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private static final Schema PURCHASE_ORDER = load("/edi/x12/850.xml");

  private final X12Interchange interchange = new X12Interchange();
  private X12Interchange.Group group;
  private X12Interchange.TransactionSet set;
  private final Map<Integer, String> elements = new TreeMap<>();
  /** Segment errors of the current set by position, so that element errors join their segment's AK3. */
  private final Map<Integer, X12Interchange.SegmentError> segmentErrors = new LinkedHashMap<>();

  private X12Reader() {}

  public static X12Interchange read(byte[] raw) {
    return new X12Reader().parse(raw);
  }

  private X12Interchange parse(byte[] raw) {
    EDIInputFactory factory = EDIInputFactory.newFactory();
    try (EDIStreamReader reader = factory.createEDIStreamReader(new ByteArrayInputStream(raw))) {
      boolean sawInterchange = false;
      while (reader.hasNext()) {
        EDIStreamEvent event = reader.next();
        switch (event) {
          case START_INTERCHANGE -> sawInterchange = true;
          case START_SEGMENT -> elements.clear();
          case ELEMENT_DATA -> element(reader);
          case END_SEGMENT -> endSegment(reader);
          case SEGMENT_ERROR -> segmentError(reader);
          case ELEMENT_DATA_ERROR, ELEMENT_OCCURRENCE_ERROR -> elementError(reader);
          case END_TRANSACTION -> endSet();
          default -> { } // loops, composites, group and interchange ends carry nothing of their own here
        }
      }
      if (!sawInterchange || interchange.controlNumber == null) {
        throw new NotAnInterchangeException("no X12 interchange header (ISA) found", null);
      }
      return interchange;
    } catch (EDIStreamException | EDISchemaException | RuntimeException e) {
      if (e instanceof NotAnInterchangeException n) {
        throw n;
      }
      if (interchange.controlNumber == null) {
        throw new NotAnInterchangeException("not a readable X12 interchange: " + e.getMessage(), e);
      }
      interchange.envelopeErrors.add("the interchange breaks off: " + e.getMessage());
      if (group != null) {
        group.trailerErrors.add(3); // AK905 3: functional group trailer missing
      }
      if (set != null) {
        set.trailerErrors.add(2); // AK502 2: transaction set trailer missing
        endSet();
      }
      return interchange;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void element(EDIStreamReader reader) {
    Location at = reader.getLocation();
    if (at.getComponentPosition() <= 1) {
      elements.putIfAbsent(at.getElementPosition(), reader.getText());
    }
  }

  private void endSegment(EDIStreamReader reader) throws EDISchemaException {
    String tag = reader.getText();
    int position = reader.getLocation().getSegmentPosition();
    switch (tag) {
      case "ISA" -> {
        interchange.senderQualifier = value(5);
        interchange.senderId = value(6);
        interchange.receiverQualifier = value(7);
        interchange.receiverId = value(8);
        interchange.version = value(12);
        interchange.controlNumber = value(13);
        if (interchange.version == null || !interchange.version.matches("\\d{5}")) {
          interchange.envelopeErrors.add("ISA12 " + interchange.version + " is not an X12 version");
        }
      }
      case "GS" -> {
        group = new X12Interchange.Group();
        group.functionalId = value(1);
        group.senderId = value(2);
        group.receiverId = value(3);
        group.controlNumber = value(6);
        group.version = value(8);
        interchange.groups.add(group);
        if (!interchange.envelopeErrors.isEmpty()) {
          group.trailerErrors.add(2); // AK905 2: the version (of the envelope) is not supported
        }
      }
      case "ST" -> {
        set = new X12Interchange.TransactionSet();
        set.type = value(1);
        set.controlNumber = value(2);
        set.startPosition = position;
        segmentErrors.clear();
        if (group != null) {
          group.sets.add(set);
        }
        if ("850".equals(set.type)) {
          reader.setTransactionSchema(PURCHASE_ORDER);
        } else {
          set.trailerErrors.add(1); // AK502 1: transaction set not supported
        }
      }
      case "BEG" -> ifInSet(() -> set.purchaseOrderNumber = value(3));
      case "N1" -> ifInSet(() -> {
        if ("SE".equals(value(1))) {
          set.supplierEdiId = value(4);
        }
      });
      case "PO1" -> ifInSet(() -> set.lines.add(new X12Interchange.PurchaseLine(position - set.startPosition + 1, value(1),
          decimal(value(2)), value(3), decimal(value(4)), skuAfterVendorPartQualifier())));
      default -> { }
    }
  }

  /** The value following "VP" (vendor's part number) in PO106/PO107 or PO108/PO109. */
  private String skuAfterVendorPartQualifier() {
    for (int qualifier = 6; qualifier <= 8; qualifier += 2) {
      if ("VP".equals(value(qualifier))) {
        return value(qualifier + 1);
      }
    }
    return null;
  }

  private void segmentError(EDIStreamReader reader) {
    Location at = reader.getLocation();
    int code = segmentCode(reader.getErrorType());
    if (set == null) {
      interchange.envelopeErrors.add(reader.getErrorType() + " at segment " + at.getSegmentTag());
      return;
    }
    int position = at.getSegmentPosition() - set.startPosition + 1;
    segmentErrors.merge(position, new X12Interchange.SegmentError(at.getSegmentTag(), position, reader.getReferenceCode(), code,
        new java.util.ArrayList<>()), (old, fresh) -> old);
  }

  private void elementError(EDIStreamReader reader) {
    Location at = reader.getLocation();
    EDIStreamValidationError error = reader.getErrorType();
    String tag = at.getSegmentTag();
    if ("SE".equals(tag) && set != null) {
      set.trailerErrors.add(error == EDIStreamValidationError.CONTROL_REFERENCE_MISMATCH ? 3 : 4);
      return;
    }
    if ("GE".equals(tag) && group != null) {
      group.trailerErrors.add(error == EDIStreamValidationError.CONTROL_REFERENCE_MISMATCH ? 4 : 5);
      return;
    }
    if (set == null || "ST".equals(tag)) {
      interchange.envelopeErrors.add(error + " in " + tag + at.getElementPosition());
      if (set != null) {
        set.trailerErrors.add(5);
      }
      return;
    }
    int position = at.getSegmentPosition() - set.startPosition + 1;
    X12Interchange.SegmentError segment = segmentErrors.computeIfAbsent(position,
        p -> new X12Interchange.SegmentError(tag, p, null, 8, new java.util.ArrayList<>()));
    String bad = error.getCategory() == EDIStreamEvent.ELEMENT_DATA_ERROR ? safeText(reader) : null;
    segment.elements().add(new X12Interchange.ElementError(at.getElementPosition(), at.getComponentPosition(), elementCode(error), bad));
  }

  private void endSet() {
    if (set != null) {
      set.errors.addAll(segmentErrors.values());
      segmentErrors.clear();
      set = null;
    }
  }

  private void ifInSet(Runnable work) {
    if (set != null) {
      work.run();
    }
  }

  private String value(int position) {
    String v = elements.get(position);
    return v == null || v.isBlank() ? null : v.strip();
  }

  private static BigDecimal decimal(String text) {
    try {
      return text == null ? null : new BigDecimal(text);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String safeText(EDIStreamReader reader) {
    try {
      String text = reader.getText();
      return text == null || text.length() > 99 ? null : text;
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** AK304: 1 unrecognized segment, 2 unexpected, 3 mandatory missing, 4 loop over maximum, 5 segment over maximum, 6 not in set, 7 out of sequence, 8 element errors. */
  static int segmentCode(EDIStreamValidationError error) {
    return switch (error) {
      case UNRECOGNIZED_SEGMENT_ID -> 1;
      case UNEXPECTED_SEGMENT -> 2;
      case MANDATORY_SEGMENT_MISSING, IMPLEMENTATION_SEGMENT_BELOW_MINIMUM_USE, CONDITIONAL_REQUIRED_SEGMENT_MISSING -> 3;
      case LOOP_OCCURS_OVER_MAXIMUM_TIMES -> 4;
      case SEGMENT_EXCEEDS_MAXIMUM_USE -> 5;
      case SEGMENT_NOT_IN_DEFINED_TRANSACTION_SET -> 6;
      case SEGMENT_NOT_IN_PROPER_SEQUENCE -> 7;
      default -> 8;
    };
  }

  /** AK403: 1 mandatory missing, 2 conditional missing, 3 too many elements, 4 too short, 5 too long, 6 invalid character, 7 invalid code, 8 invalid date, 9 invalid time, 10 exclusion violated. */
  static int elementCode(EDIStreamValidationError error) {
    return switch (error) {
      case REQUIRED_DATA_ELEMENT_MISSING, IMPLEMENTATION_DEPENDENT_DATA_ELEMENT_MISSING -> 1;
      case CONDITIONAL_REQUIRED_DATA_ELEMENT_MISSING -> 2;
      case TOO_MANY_DATA_ELEMENTS, TOO_MANY_COMPONENTS, TOO_MANY_REPETITIONS -> 3;
      case DATA_ELEMENT_TOO_SHORT -> 4;
      case DATA_ELEMENT_TOO_LONG -> 5;
      case INVALID_CHARACTER_DATA -> 6;
      case INVALID_DATE -> 8;
      case INVALID_TIME -> 9;
      case EXCLUSION_CONDITION_VIOLATED -> 10;
      default -> 7;
    };
  }

  private static Schema load(String resource) {
    try (InputStream in = X12Reader.class.getResourceAsStream(resource)) {
      return SchemaFactory.newFactory().createSchema(in);
    } catch (IOException | EDISchemaException e) {
      throw new IllegalStateException("the EDI schema " + resource + " does not load", e);
    }
  }
}
