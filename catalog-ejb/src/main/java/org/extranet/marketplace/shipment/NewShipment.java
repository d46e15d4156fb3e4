// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.shipment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.regex.Pattern;
import org.extranet.marketplace.shared.InvalidInputException;

/**
 * What a supplier ships (API.md {@code POST /purchase-orders/{id}/shipments}): a carrier from the code list,
 * its tracking number, and units per order line.
 */
public record NewShipment(String carrier, String trackingNumber, List<Line> lines) {

  public record Line(Long lineId, Integer quantity) {}

  private static final Pattern TRACKING_NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 -]{2,63}");

  public NewShipment {
    lines = lines == null ? List.of() : lines;
  }

  /** The carrier, after checking every field's form (400 naming each bad one). */
  Carrier checked() {
    List<InvalidInputException.Violation> bad = new ArrayList<>();
    Carrier parsed = Carrier.parse(carrier).orElse(null);
    if (parsed == null) {
      bad.add(new InvalidInputException.Violation("carrier", "one of UPS, FEDEX, DHL, USPS, SF_EXPRESS, OTHER"));
    }
    if (trackingNumber == null || !TRACKING_NUMBER.matcher(trackingNumber.strip()).matches()) {
      bad.add(new InvalidInputException.Violation("trackingNumber", "3 to 64 letters, digits, spaces or dashes"));
    }
    if (lines.isEmpty()) {
      bad.add(new InvalidInputException.Violation("lines", "a shipment carries at least one line"));
    }
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i) == null || lines.get(i).lineId() == null) {
        bad.add(new InvalidInputException.Violation("lines[" + i + "].lineId", "required"));
      }
      if (lines.get(i) != null && lines.get(i).quantity() == null) {
        bad.add(new InvalidInputException.Violation("lines[" + i + "].quantity", "required"));
      }
    }
    if (!bad.isEmpty()) {
      throw new InvalidInputException(bad);
    }
    return parsed;
  }

  /** Units per order line; a line named twice counts once with both quantities. */
  LinkedHashMap<Long, Integer> unitsByLine() {
    LinkedHashMap<Long, Integer> units = new LinkedHashMap<>();
    lines.forEach(l -> units.merge(l.lineId(), l.quantity(), Integer::sum));
    return units;
  }
}
