// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.catalog;

import org.extranet.marketplace.shared.Money;

/**
 * Read model of a listing as buyers see it.
 *
 * @param price what the caller pays at quantity 1 (its contract price, else the list price)
 * @param digital licence and links, only for DIGITAL products
 */
public record ProductView(
    Long id, String sku, String name, String description, String supplierId, String supplierName, String category,
    String categoryTitle, String unit, ProductKind kind, Money listPrice, Money price, int stock, int minimumOrderQuantity,
    int packSize, int leadTimeDays, DigitalDelivery digital, boolean contractOnly) {}
