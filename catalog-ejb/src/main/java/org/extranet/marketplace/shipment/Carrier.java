// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.shipment;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The carriers a shipment names, and where each one's public tracking page is (none for OTHER). */
public enum Carrier {
  UPS("UPS", "https://www.ups.com/track?tracknum="),
  FEDEX("FedEx", "https://www.fedex.com/fedextrack/?trknbr="),
  DHL("DHL", "https://www.dhl.com/global-en/home/tracking/tracking-express.html?submit=1&tracking-id="),
  USPS("USPS", "https://tools.usps.com/go/TrackConfirmAction?tLabels="),
  SF_EXPRESS("SF Express", "https://www.sf-express.com/we/ow/chn/en/waybill/waybill-detail/"),
  OTHER("Other", null);

  private final String label;
  private final String trackingPage;

  Carrier(String label, String trackingPage) {
    this.label = label;
    this.trackingPage = trackingPage;
  }

  /** Reads a code as partners write it: "UPS", "FedEx", "SF Express", "sf_express" … */
  public static Optional<Carrier> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String code = text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    return Arrays.stream(values()).filter(c -> c.name().equals(code)).findFirst();
  }

  public String label() {
    return label;
  }

  /** The carrier's tracking page for the number, when the carrier has a public one. */
  public Optional<String> trackingUrl(String trackingNumber) {
    return Optional.ofNullable(trackingPage).map(page -> page + URLEncoder.encode(trackingNumber, StandardCharsets.UTF_8));
  }
}
