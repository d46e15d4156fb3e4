// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.shipment;

/** What a carrier reports about a shipment. */
public enum TrackingCode {
  IN_TRANSIT, OUT_FOR_DELIVERY, DELIVERED, FAILED;

  ShipmentStatus status() {
    return ShipmentStatus.valueOf(name());
  }
}
