// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.metrics.cost;

import org.extranet.marketplace.ordering.ledger.Channel;
import org.extranet.marketplace.ordering.ledger.ManualSource;

/** How a step travelled, as the cost model charges documents: the ledger's channel, and a manual step's source. */
public enum Medium {
  PHONE, FAX, EMAIL, PORTAL, REST, SOAP, EDI, SYSTEM;

  public static Medium of(Channel channel, ManualSource source) {
    return switch (channel) {
      case MANUAL -> source == null ? PHONE : Medium.valueOf(source.name());
      case PORTAL -> PORTAL;
      case REST -> REST;
      case SOAP -> SOAP;
      case EDI -> EDI;
      case SYSTEM -> SYSTEM;
    };
  }

  /** Done by hand outside the marketplace: the cost model's manual minutes apply. */
  public boolean isManual() {
    return this == PHONE || this == FAX || this == EMAIL;
  }
}
