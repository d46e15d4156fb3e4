// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.catalog.pricing;

import java.time.LocalDate;
import java.util.List;
import org.extranet.marketplace.shared.Money;

/** A contract price as both its parties see it. */
public record ContractView(
    Long id, String supplierId, String supplierName, String buyerId, String buyerName, Long productId, String sku,
    String productName, Money listPrice, Money price, LocalDate validFrom, LocalDate validTo, List<VolumeTier> tiers) {}
