// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.ordering.upstream;

import java.time.LocalDate;

/** One upstream partner's answer for one SKU: how many it can supply, and when they could ship. */
public record UpstreamStock(int available, LocalDate earliestDate) {}
