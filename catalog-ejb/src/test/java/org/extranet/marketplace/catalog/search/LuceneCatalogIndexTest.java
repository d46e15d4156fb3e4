// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.catalog.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LuceneCatalogIndexTest {

  private static final Set<String> BOTH = Set.of("northwind", "falcon");
  private LuceneCatalogIndex index;

  @BeforeEach
  void fill() {
    index = new LuceneCatalogIndex(new ByteBuffersDirectory());
    index.put(listing(1, "northwind", "NW-OFF-1", "Office Suite Business", "Word processing and mail", "43231513", 100, false));
    index.put(listing(2, "northwind", "NW-SW-24", "Switch 24-port PoE", "Managed gigabit switch", "43222612", 0, false));
    index.put(listing(3, "falcon", "FA-SW-48", "Switch 48-port", "Managed 10G switch", "43222612", 5, false));
    index.put(listing(4, "falcon", "FA-SEC-1", "Endpoint Security EDR", "Contract pricing only", "43233205", 50, true,
        Set.of("globex")));
    index.refresh();
  }

  @AfterEach
  void close() throws Exception {
    index.close();
  }

  @Test
  void everyWordMustMatchInNameSkuOrDescriptionAndTheLastMayBeAPrefix() {
    assertEquals(List.of(2L, 3L), sorted(search("switch managed", null, null, false, "acme")));
    assertEquals(List.of(3L), search("fa-sw-48", null, null, false, "acme").productIds());
    assertEquals(List.of(1L), search("offi", null, null, false, "acme").productIds());
    assertEquals(List.of(), search("switch office", null, null, false, "acme").productIds());
  }

  @Test
  void facetsCountAllMatchesNotJustThePage() {
    SearchResult result = index.search(new SearchQuery(null, null, null, false, BOTH, "acme", false, 0, 1));
    assertEquals(3, result.total());
    assertEquals(1, result.productIds().size());
    assertEquals(Map.of("43222612", 2L, "43231513", 1L), result.categories());
    assertEquals(Map.of("northwind", 2L, "falcon", 1L), result.suppliers());
  }

  @Test
  void filtersByCategorySupplierAndStock() {
    assertEquals(List.of(2L, 3L), sorted(search(null, "43222612", null, false, "acme")));
    assertEquals(List.of(3L), search(null, "43222612", null, true, "acme").productIds());
    assertEquals(List.of(2L), search("switch", null, "northwind", false, "acme").productIds());
  }

  @Test
  void contractOnlyListingsShowOnlyToContractHoldersTheirSupplierAndTheOperator() {
    assertEquals(List.of(), search("endpoint", null, null, false, "acme").productIds());
    assertEquals(List.of(4L), search("endpoint", null, null, false, "globex").productIds());
    assertEquals(List.of(4L), search("endpoint", null, null, false, "falcon").productIds());
    assertEquals(List.of(4L),
        index.search(new SearchQuery("endpoint", null, null, false, BOTH, "operator", true, 0, 10)).productIds());
  }

  @Test
  void onlyActiveSuppliersAreSearched() {
    SearchResult onlyNorthwind = index.search(new SearchQuery("switch", null, null, false, Set.of("northwind"), "acme", false, 0, 10));
    assertEquals(List.of(2L), onlyNorthwind.productIds());
    assertEquals(0, index.search(new SearchQuery(null, null, null, false, Set.of(), "acme", false, 0, 10)).total());
  }

  @Test
  void browsingSortsByNameAndPages() {
    assertEquals(List.of(1L, 2L), search(null, null, null, false, "acme", 0, 2).productIds());
    assertEquals(List.of(3L), search(null, null, null, false, "acme", 1, 2).productIds());
  }

  @Test
  void aRevisedListingReplacesTheOldAndARemovedOneIsGone() {
    index.put(listing(3, "falcon", "FA-SW-48", "Router edge", "Replaced", "43222609", 5, false));
    index.remove(2);
    index.refresh();
    assertEquals(List.of(), search("switch", null, null, false, "acme").productIds());
    assertEquals(List.of(3L), search("router", null, null, false, "acme").productIds());
  }

  private SearchResult search(String keyword, String category, String supplier, boolean inStock, String caller) {
    return search(keyword, category, supplier, inStock, caller, 0, 10);
  }

  private SearchResult search(String keyword, String category, String supplier, boolean inStock, String caller, int page, int size) {
    return index.search(new SearchQuery(keyword, category, supplier, inStock, BOTH, caller, false, page, size));
  }

  private static List<Long> sorted(SearchResult result) {
    return result.productIds().stream().sorted().toList();
  }

  private static IndexedListing listing(long id, String supplier, String sku, String name, String description, String category,
      int stock, boolean contractOnly) {
    return listing(id, supplier, sku, name, description, category, stock, contractOnly, Set.of());
  }

  private static IndexedListing listing(long id, String supplier, String sku, String name, String description, String category,
      int stock, boolean contractOnly, Set<String> buyers) {
    return new IndexedListing(id, supplier, sku, name, description, category, stock, contractOnly, buyers);
  }
}
