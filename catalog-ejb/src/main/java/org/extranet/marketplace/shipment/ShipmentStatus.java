// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.shipment;

/** Where a shipment is, as its carrier last reported; DELIVERED and FAILED are outcomes and final. */
public enum ShipmentStatus {
  SHIPPED, IN_TRANSIT, OUT_FOR_DELIVERY, DELIVERED, FAILED;

  public boolean isOutcome() {
    return this == DELIVERED || this == FAILED;
  }
}
