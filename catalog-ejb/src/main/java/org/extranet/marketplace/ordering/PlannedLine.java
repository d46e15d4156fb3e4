// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.ordering;

import java.time.LocalDate;
import org.extranet.marketplace.catalog.ProductView;
import org.extranet.marketplace.catalog.pricing.PriceResolution;

/** A requested line once priced and supplied: what becomes an {@link OrderLine}. */
public record PlannedLine(ProductView product, int quantity, PriceResolution.Resolved price, LineAvailability availability,
    int reserved, LocalDate expectedDate, Long replacedProductId) {}
