// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.shipment.digital;

import java.time.Instant;
import java.util.List;

/**
 * Read model of a digital delivery: what the buyer got online. {@code keysWaiting} keys are still to come
 * (the supplier's pool ran short); {@code deliveredAt} is when the buyer first opened it.
 */
public record SoftwareView(Long id, Long orderId, Long purchaseOrderId, Long productId, String productName,
    String licenceType, String downloadUrl, String trainingUrl, int units, List<String> keys, int keysWaiting,
    Instant createdAt, Instant deliveredAt) {

  static SoftwareView of(DigitalDelivery d, List<String> keys) {
    return new SoftwareView(d.id(), d.orderId(), d.purchaseOrderId(), d.productId(), d.productName(), d.licenceType(),
        d.downloadUrl(), d.trainingUrl(), d.units(), keys, Math.max(0, d.units() - keys.size()), d.createdAt(), d.deliveredAt());
  }
}
