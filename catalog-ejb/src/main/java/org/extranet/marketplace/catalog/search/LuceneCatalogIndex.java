// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.catalog.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;

/**
 * The catalog as a Lucene index: words of name, SKU and description; filters for supplier, category,
 * stock and contract-only visibility; facet counts by category and supplier. Plain Java with no container
 * in it, so the benchmark drives exactly the code the application runs. Thread-safe: writes go through one
 * IndexWriter, searches through a SearcherManager refreshed after each batch of writes.
 */
public final class LuceneCatalogIndex implements Closeable {

  private static final String ID = "id";
  private static final String TEXT = "text";
  private static final String SUPPLIER = "supplier";
  private static final String CATEGORY = "category";
  private static final String STOCK = "stock";
  private static final String VISIBILITY = "visibility";
  private static final String BUYER = "buyer";
  private static final String NAME_SORT = "name_sort";
  private static final int MAX_WORDS = 12;
  private static final int MAX_FACET_VALUES = 100;

  private final Analyzer analyzer = new StandardAnalyzer();
  private final FacetsConfig facets = new FacetsConfig();
  private final IndexWriter writer;
  private final SearcherManager searchers;
  /** Facet ordinals of the current reader; rebuilt when a refresh brings a new reader. */
  private volatile FacetState facetState;

  private record FacetState(IndexReader reader, SortedSetDocValuesReaderState state) {}

  public LuceneCatalogIndex(Directory directory) {
    try {
      IndexWriterConfig config = new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE)
          .setRAMBufferSizeMB(64);
      this.writer = new IndexWriter(directory, config);
      this.searchers = new SearcherManager(writer, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Adds the listing, or replaces what the index had for its id. Visible to searches after {@link #refresh}. */
  public void put(IndexedListing listing) {
    try {
      writer.updateDocument(new Term(ID, String.valueOf(listing.id())), facets.build(document(listing)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Forgets the listing (withdrawn, or gone). */
  public void remove(long id) {
    try {
      writer.deleteDocuments(new Term(ID, String.valueOf(id)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Makes the writes so far visible to searches. */
  public void refresh() {
    try {
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Listings searchable now. */
  public long size() {
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        return searcher.getIndexReader().numDocs();
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Flushes to the directory; searching does not need it, a clean shutdown does. */
  public void commit() {
    try {
      writer.commit();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public SearchResult search(SearchQuery query) {
    if (query.activeSuppliers().isEmpty()) {
      return SearchResult.empty();
    }
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        return search(searcher, query);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private SearchResult search(IndexSearcher searcher, SearchQuery query) throws IOException {
    if (searcher.getIndexReader().numDocs() == 0) {
      return SearchResult.empty();
    }
    Query lucene = query(query);
    int wanted = Math.max(1, (query.page() + 1) * query.size());
    FacetsCollector collector = new FacetsCollector();
    TopDocs top = query.hasKeyword()
        ? FacetsCollector.search(searcher, lucene, wanted, collector)
        : FacetsCollector.search(searcher, lucene, wanted, new Sort(new SortField(NAME_SORT, SortField.Type.STRING)), collector);
    long total = collector.getMatchingDocs().stream().mapToLong(m -> m.totalHits).sum();
    List<Long> ids = new ArrayList<>();
    ScoreDoc[] hits = top.scoreDocs;
    for (int i = query.page() * query.size(); i < hits.length; i++) {
      ids.add(Long.valueOf(searcher.storedFields().document(hits[i].doc).get(ID)));
    }
    if (total == 0) {
      return new SearchResult(ids, 0, Map.of(), Map.of());
    }
    Facets counts = new SortedSetDocValuesFacetCounts(facetState(searcher.getIndexReader()), collector);
    return new SearchResult(ids, total, counts(counts, CATEGORY), counts(counts, SUPPLIER));
  }

  /** Every word must match (the last one as a prefix, for type-ahead); filters never score. */
  private Query query(SearchQuery query) throws IOException {
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    if (query.hasKeyword()) {
      List<String> words = words(query.keyword());
      if (words.isEmpty()) {
        all.add(new MatchAllDocsQuery(), Occur.MUST);
      }
      for (int i = 0; i < words.size(); i++) {
        Query exact = new TermQuery(new Term(TEXT, words.get(i)));
        Query word = i < words.size() - 1 ? exact : new BooleanQuery.Builder()
            .add(exact, Occur.SHOULD)
            .add(new PrefixQuery(new Term(TEXT, words.get(i))), Occur.SHOULD)
            .build();
        all.add(word, Occur.MUST);
      }
    } else {
      all.add(new MatchAllDocsQuery(), Occur.MUST);
    }
    all.add(terms(SUPPLIER, query.activeSuppliers()), Occur.FILTER);
    if (query.supplierId() != null) {
      all.add(new TermQuery(new Term(SUPPLIER, query.supplierId())), Occur.FILTER);
    }
    if (query.category() != null) {
      all.add(new TermQuery(new Term(CATEGORY, query.category())), Occur.FILTER);
    }
    if (query.inStock()) {
      all.add(new TermQuery(new Term(STOCK, "in")), Occur.FILTER);
    }
    if (!query.seesAll()) {
      BooleanQuery.Builder visible = new BooleanQuery.Builder()
          .add(new TermQuery(new Term(VISIBILITY, "open")), Occur.SHOULD);
      if (query.callerOrganization() != null) {
        visible.add(new TermQuery(new Term(BUYER, query.callerOrganization())), Occur.SHOULD)
            .add(new TermQuery(new Term(SUPPLIER, query.callerOrganization())), Occur.SHOULD);
      }
      all.add(visible.build(), Occur.FILTER);
    }
    return all.build();
  }

  private List<String> words(String keyword) throws IOException {
    List<String> words = new ArrayList<>();
    try (TokenStream tokens = analyzer.tokenStream(TEXT, keyword)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      while (tokens.incrementToken() && words.size() < MAX_WORDS) {
        words.add(term.toString());
      }
      tokens.end();
    }
    return words;
  }

  private static Query terms(String field, Collection<String> values) {
    return new TermInSetQuery(field, values.stream().map(BytesRef::new).toList());
  }

  private Document document(IndexedListing listing) {
    Document doc = new Document();
    doc.add(new StringField(ID, String.valueOf(listing.id()), Field.Store.YES));
    doc.add(new TextField(TEXT, listing.name() + " " + listing.sku() + " "
        + (listing.description() == null ? "" : listing.description()), Field.Store.NO));
    doc.add(new StringField(SUPPLIER, listing.supplierId(), Field.Store.NO));
    doc.add(new StringField(CATEGORY, listing.category(), Field.Store.NO));
    doc.add(new StringField(STOCK, listing.stock() > 0 ? "in" : "out", Field.Store.NO));
    doc.add(new StringField(VISIBILITY, listing.contractOnly() ? "contract" : "open", Field.Store.NO));
    for (String buyer : listing.contractBuyers()) {
      doc.add(new StringField(BUYER, buyer, Field.Store.NO));
    }
    doc.add(new SortedDocValuesField(NAME_SORT, new BytesRef(listing.name().toLowerCase(Locale.ROOT))));
    doc.add(new SortedSetDocValuesFacetField(CATEGORY, listing.category()));
    doc.add(new SortedSetDocValuesFacetField(SUPPLIER, listing.supplierId()));
    return doc;
  }

  private SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
    FacetState current = facetState;
    if (current == null || current.reader() != reader) {
      current = new FacetState(reader, new DefaultSortedSetDocValuesReaderState(reader, facets));
      facetState = current;
    }
    return current.state();
  }

  private static Map<String, Long> counts(Facets counts, String dimension) throws IOException {
    Map<String, Long> values = new LinkedHashMap<>();
    FacetResult result;
    try {
      result = counts.getTopChildren(MAX_FACET_VALUES, dimension);
    } catch (IllegalArgumentException dimensionNotYetIndexed) {
      return values;
    }
    if (result != null) {
      for (LabelAndValue value : result.labelValues) {
        values.put(value.label, value.value.longValue());
      }
    }
    return values;
  }

  @Override
  public void close() throws IOException {
    searchers.close();
    writer.close();
  }
}
