// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.catalog;

import java.util.List;
import org.extranet.marketplace.shared.InvalidInputException;
import org.extranet.marketplace.shared.InvalidInputException.Violation;
import org.extranet.marketplace.shared.Money;
import org.extranet.marketplace.shared.Validation;

/**
 * What a supplier publishes for one SKU — a command, not yet checked. {@link #violations} names every bad
 * field at once; the REST API reports them as one 400, the CSV import as one line of its report.
 *
 * @param stock null keeps the stock a revised listing already has (0 for a new one)
 * @param minimumOrderQuantity null means 1
 * @param packSize null means 1: buyers order whole packs, so quantities are multiples of it
 * @param leadTimeDays null means 0: days from order to dispatch when in stock
 * @param digital required for DIGITAL products, absent for PHYSICAL ones
 * @param contractOnly only buyers with a contract price for this listing see it
 */
public record Listing(
    String sku, String name, String description, String category, String unit, ProductKind kind, Money listPrice,
    Integer stock, Integer minimumOrderQuantity, Integer packSize, Integer leadTimeDays, DigitalDelivery digital,
    boolean contractOnly) {

  public static final int MAX_LEAD_TIME_DAYS = 365;
  private static final String URL = "https?://[^\\s]{1,490}";

  /** A listing with the usual terms: MOQ 1, pack of 1, no lead time, visible to every buyer. */
  public static Listing of(
      String sku, String name, String description, String category, String unit, ProductKind kind, Money listPrice,
      Integer stock) {
    return new Listing(sku, name, description, category, unit, kind, listPrice, stock, null, null, null, null, false);
  }

  public Listing withTerms(Integer minimumOrderQuantity, Integer packSize, Integer leadTimeDays) {
    return new Listing(sku, name, description, category, unit, kind, listPrice, stock, minimumOrderQuantity, packSize,
        leadTimeDays, digital, contractOnly);
  }

  public Listing withDigital(DigitalDelivery digital) {
    return new Listing(sku, name, description, category, unit, kind, listPrice, stock, minimumOrderQuantity, packSize,
        leadTimeDays, digital, contractOnly);
  }

  public String strippedSku() {
    return sku == null ? null : sku.strip();
  }

  public int moq() { return minimumOrderQuantity == null ? 1 : minimumOrderQuantity; }
  public int pack() { return packSize == null ? 1 : packSize; }
  public int leadTime() { return leadTimeDays == null ? 0 : leadTimeDays; }

  /** Every rule this listing breaks, in field order; empty when it may be published. */
  public List<Violation> violations(CatalogReference.Codes known) {
    return new Validation()
        .requireText(sku, "sku", 64)
        .require(sku == null || sku.strip().matches("[A-Za-z0-9._\\-/]+"), "sku", "may hold letters, digits, dots, dashes, underscores and slashes")
        .requireText(name, "name", 200)
        .require(description == null || description.length() <= 4000, "description", "must be at most 4000 characters")
        .require(category != null && known.isCategory(category), "category", "must be a UNSPSC commodity code of the catalog (GET /categories)")
        .require(unit != null && known.isUnit(unit), "unit", "must be a UN/ECE Rec 20 code the catalog accepts, like EA or HUR (GET /units)")
        .require(kind != null, "kind", "must be PHYSICAL or DIGITAL")
        .require(listPrice != null && listPrice.amount().signum() >= 0, "listPrice", "must be a non-negative amount")
        .require(stock == null || stock >= 0, "stock", "must not be negative")
        .require(minimumOrderQuantity == null || minimumOrderQuantity >= 1, "minimumOrderQuantity", "must be at least 1")
        .require(packSize == null || packSize >= 1, "packSize", "must be at least 1")
        .require(leadTimeDays == null || (leadTimeDays >= 0 && leadTimeDays <= MAX_LEAD_TIME_DAYS), "leadTimeDays",
            "must be between 0 and " + MAX_LEAD_TIME_DAYS)
        .require(kind != ProductKind.DIGITAL || (digital != null && digital.licenceType() != null), "licenceType",
            "is required for DIGITAL products")
        .require(kind != ProductKind.PHYSICAL || digital == null || isEmpty(digital), "licenceType",
            "only DIGITAL products carry a licence and download or training links")
        .require(digital == null || digital.downloadUrl() == null || digital.downloadUrl().matches(URL), "downloadUrl",
            "must be an http(s) URL of at most 500 characters")
        .require(digital == null || digital.trainingUrl() == null || digital.trainingUrl().matches(URL), "trainingUrl",
            "must be an http(s) URL of at most 500 characters")
        .violations();
  }

  /** Throws a 400 naming every bad field. */
  public void validate(CatalogReference.Codes known) {
    List<Violation> found = violations(known);
    if (!found.isEmpty()) {
      throw new InvalidInputException(found);
    }
  }

  private static boolean isEmpty(DigitalDelivery d) {
    return d.licenceType() == null && d.downloadUrl() == null && d.trainingUrl() == null;
  }
}
