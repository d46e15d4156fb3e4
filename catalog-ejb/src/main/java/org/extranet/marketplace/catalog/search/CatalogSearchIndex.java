// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.catalog.search;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Local;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.apache.lucene.store.MMapDirectory;

/**
 * This instance's search index (ARCHITECTURE.md "Scaling past one machine"): built from the database at
 * start, in the background — SQL answers until it is ready — then kept current from the catalog change
 * log: every two seconds (other instances' writes), and before the next search after this instance commits
 * a change ({@link LocalCommits}), so a writer reads its own write on its next request. Nothing in it is
 * backed up: a restart rebuilds it.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration") // the change log table must exist before the first read
@Local({ProductSearch.class, SearchIndexStatus.class})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // reads committed rows only, on its own connections
public class CatalogSearchIndex implements ProductSearch, SearchIndexStatus {

  private static final Logger LOG = Logger.getLogger(CatalogSearchIndex.class.getName());
  /** Longer than any catalog transaction: a sequence number missing this long was rolled back. */
  private static final Duration GAP_PATIENCE = Duration.ofMinutes(2);
  private static final int CHANGES_PER_READ = 10_000;

  @Resource(lookup = "java:app/jdbc/marketplace") DataSource database;
  @Resource ManagedExecutorService executor;
  @Inject LocalCommits localCommits;

  private Path directory;
  private LuceneCatalogIndex index;
  private ChangeLogCursor cursor;
  private final ReentrantLock catchingUp = new ReentrantLock();
  private final AtomicBoolean building = new AtomicBoolean();
  private volatile boolean ready;
  private final CompletableFuture<Void> readiness = new CompletableFuture<>();

  @PostConstruct
  void open() {
    try {
      directory = Files.createTempDirectory("marketplace-search-");
      index = new LuceneCatalogIndex(new MMapDirectory(directory));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    startBuilding();
  }

  private void startBuilding() {
    if (building.compareAndSet(false, true)) {
      executor.submit(this::rebuild);
    }
  }

  @Override
  public SearchResult search(SearchQuery query) {
    if (ready && !localCommits.takePending()) {
      return index.search(query);
    }
    try (Connection db = database.getConnection()) {
      if (!ready) {
        return SqlCatalogSearch.search(db, query);
      }
      catchUp(db); // this instance just committed a change: read it before answering
    } catch (SQLException e) {
      throw new IllegalStateException("the catalog could not be searched", e);
    }
    return index.search(query);
  }

  @Override
  public boolean isReady() {
    return ready;
  }

  @Override
  public boolean awaitReady(Duration max) {
    try {
      readiness.get(max.toMillis(), TimeUnit.MILLISECONDS);
      return true;
    } catch (TimeoutException | ExecutionException e) {
      return ready;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return ready;
    }
  }

  @Override
  public long listings() {
    return index.size();
  }

  @Schedule(second = "*/2", minute = "*", hour = "*", persistent = false)
  void tail() {
    if (!ready) {
      startBuilding(); // a build that failed (database down at start, say) is tried again
      return;
    }
    try (Connection db = database.getConnection()) {
      catchUp(db);
    } catch (SQLException | RuntimeException e) {
      LOG.log(Level.WARNING, "The search index could not read the catalog change log; trying again", e);
    }
  }

  private void rebuild() {
    long started = System.nanoTime();
    try (Connection db = database.getConnection()) {
      // Replay every change younger than any transaction could be: one that got its number before the
      // build began but commits after the build read its product is read again once the index is up.
      long from = ListingRows.lastChangeBefore(db, Instant.now().minus(GAP_PATIENCE));
      long[] count = {0};
      ListingRows.all(db, listing -> {
        index.put(listing);
        count[0]++;
      });
      index.refresh();
      cursor = new ChangeLogCursor(from, GAP_PATIENCE);
      catchUp(db);
      ready = true;
      readiness.complete(null);
      LOG.info(() -> "Search index ready: " + count[0] + " listings in " + (System.nanoTime() - started) / 1_000_000 + " ms");
    } catch (SQLException | RuntimeException e) {
      LOG.log(Level.SEVERE, "Building the search index failed; SQL answers searches and the build is tried again", e);
    } finally {
      building.set(false);
    }
  }

  /** Re-indexes every product the log names since the cursor (and at its gaps); one thread at a time. */
  private void catchUp(Connection db) throws SQLException {
    catchingUp.lock();
    try {
      Map<Long, Long> changes;
      do {
        changes = ListingRows.changes(db, cursor.position(), cursor.gaps(), CHANGES_PER_READ);
        Set<Long> productIds = new HashSet<>(changes.values());
        List<IndexedListing> live = ListingRows.byIds(db, productIds);
        live.forEach(index::put);
        live.forEach(l -> productIds.remove(l.id()));
        productIds.forEach(index::remove); // withdrawn or gone
        index.refresh();
        cursor.saw(changes.keySet(), Instant.now());
      } while (changes.size() == CHANGES_PER_READ);
    } finally {
      catchingUp.unlock();
    }
  }

  @PreDestroy
  void close() {
    ready = false;
    try {
      index.close();
      try (Stream<Path> files = Files.walk(directory)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Could not remove the search index at " + directory, e);
    }
  }
}
