/**
 * The shared catalog: suppliers' listings (Product) and how buyers find them. Only ACTIVE suppliers'
 * listings are ever visible: every read goes through {@link org.extranet.marketplace.supplier.SupplierStanding}'s
 * rule in the query itself, so a suspension hides a supplier's products on the next request.
 *
 * <p>This is the first slice of issue #5: listings and a plain search. Bulk import, contract pricing,
 * relations, UNSPSC/UoM reference data and the fast search port come with that issue.
 */
package org.extranet.marketplace.catalog;
