// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.catalog.search;

/**
 * The catalog's search port: keyword, facets by category and supplier, in-stock filter, paging, and the
 * visibility rules of {@link SearchQuery}. {@link CatalogSearchIndex} answers from an embedded Lucene index
 * per instance (chosen by measurement: bench/catalog-search), {@link SqlProductSearch} from SQL while that
 * index is being built.
 */
public interface ProductSearch {

  SearchResult search(SearchQuery query);
}
