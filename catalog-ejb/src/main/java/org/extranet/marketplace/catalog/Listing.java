// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.catalog;

import org.extranet.marketplace.shared.Money;
import org.extranet.marketplace.shared.Validation;

/** What a supplier publishes for one SKU; validated as a whole so every bad field is named. */
public record Listing(
    String sku, String name, String description, String category, String unit, ProductKind kind, Money listPrice, Integer stock) {

  public Listing {
    new Validation()
        .requireText(sku, "sku", 64)
        .require(sku == null || sku.matches("[A-Za-z0-9._\\-/]+"), "sku", "may hold letters, digits, dots, dashes, underscores and slashes")
        .requireText(name, "name", 200)
        .require(description == null || description.length() <= 4000, "description", "must be at most 4000 characters")
        .require(category != null && category.matches("\\d{8}"), "category", "must be an 8-digit UNSPSC commodity code")
        .require(unit != null && unit.matches("[A-Z0-9]{2,3}"), "unit", "must be a UN/ECE Rec 20 code like EA or HUR")
        .require(kind != null, "kind", "must be PHYSICAL or DIGITAL")
        .require(listPrice != null && listPrice.amount().signum() >= 0, "listPrice", "must be a non-negative amount")
        .require(stock == null || stock >= 0, "stock", "must not be negative")
        .orThrow();
  }
}
