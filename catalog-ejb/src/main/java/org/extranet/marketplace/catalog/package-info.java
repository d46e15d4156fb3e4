/**
 * The shared catalog: suppliers' listings (Product), their reference data (UNSPSC categories, UN/ECE Rec 20
 * units), bulk import (ListingCsv, ImportListings), relations (ProductRelations) and what buyers see of it
 * (ProductCatalog). Only ACTIVE suppliers' listings are ever visible: every search passes the ACTIVE set read
 * per request, and {@link org.extranet.marketplace.catalog.ProductCatalog#product} checks it, so a suspension
 * hides a supplier's products on the next request.
 *
 * <p>Sub-packages: {@code search} (the ProductSearch port, the per-instance Lucene index and the change log it
 * tails), {@code pricing} (contract prices and the one price rule, PriceResolution).
 */
package org.extranet.marketplace.catalog;
