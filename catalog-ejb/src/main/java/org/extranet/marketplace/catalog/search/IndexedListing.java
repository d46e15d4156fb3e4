// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.catalog.search;

import java.util.Set;

/** What the index knows of one live listing: enough to match, filter, facet and sort it. */
public record IndexedListing(
    long id, String supplierId, String sku, String name, String description, String category, int stock,
    boolean contractOnly, Set<String> contractBuyers) {}
