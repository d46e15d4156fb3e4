// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.demo;

import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Lock;
import jakarta.ejb.SessionContext;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.EnumSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.extranet.marketplace.catalog.search.SearchIndexStatus;
import org.extranet.marketplace.demo.DemoProgress.State;
import org.extranet.marketplace.organization.Caller;
import org.extranet.marketplace.organization.MemberRole;
import org.extranet.marketplace.shared.ConflictException;

/**
 * Loads the demo network in the background and reports progress. Loading is idempotent: what already
 * exists is skipped, so a second start of the demo finds it loaded. Runs as the operator.
 */
@Singleton
@Lock(LockType.READ)
public class DemoNetwork {

  private static final Duration SEARCH_INDEX_WAIT = Duration.ofMinutes(2);
  private static final Logger LOG = Logger.getLogger(DemoNetwork.class.getName());

  @Inject
  @ConfigProperty(name = "marketplace.demo.enabled", defaultValue = "false")
  boolean enabled;

  @Inject Caller caller;
  @Inject DemoOrganizationsLoader organizationsLoader;
  @Inject DemoSuppliersLoader suppliersLoader;
  @Inject DemoCatalogLoader catalogLoader;
  @Inject DemoDeals deals;
  @Inject DemoUpstream upstream;
  @Inject DemoPartners partners;
  @Inject DemoHistory history;
  @Inject DemoOrders orders;
  @Inject SearchIndexStatus searchIndex;

  @Resource SessionContext context;

  private volatile DemoProgress progress = DemoProgress.idle();
  /** Completed when the current load ends (DONE or FAILED); callers wait on it instead of polling. */
  private volatile CompletableFuture<DemoProgress> settled = CompletableFuture.completedFuture(DemoProgress.idle());

  public boolean isEnabled() {
    return enabled;
  }

  public DemoProgress progress() {
    return progress;
  }

  /**
   * Starts loading in the background unless the network is already loaded (then nothing happens);
   * returns the progress: RUNNING when loading started, DONE when there was nothing to do.
   */
  @Lock(LockType.WRITE)
  public DemoProgress start() {
    if (progress.state() == State.DONE) {
      return progress;
    }
    DemoProgress started = begin();
    context.getBusinessObject(DemoNetwork.class).load();
    return started;
  }

  /** The progress once loading has ended, or as it stands when {@code max} has passed. */
  public DemoProgress awaitSettled(Duration max) {
    try {
      return settled.get(max.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      return progress;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return progress;
    } catch (ExecutionException e) {
      return progress;
    }
  }

  /** Claims the loader; refuses when loading is already under way. */
  private DemoProgress begin() {
    if (!enabled) {
      throw new ConflictException("demo data is disabled here (marketplace.demo.enabled=false)");
    }
    if (progress.state() == State.RUNNING) {
      throw new ConflictException("the demo network is already loading");
    }
    progress = new DemoProgress(State.RUNNING, "starting", 0, totalSteps(), "");
    settled = new CompletableFuture<>();
    return progress;
  }

  /** Each company commits on its own, so progress is real and a failure keeps what was loaded. */
  @Asynchronous
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void load() {
    caller.establish(DemoCompanies.OPERATOR_ID, DemoCompanies.OPERATOR_EMAIL, EnumSet.of(MemberRole.OPERATOR));
    try {
      int done = 0;
      int total = totalSteps();
      for (DemoCompany company : DemoCompanies.ALL) {
        progress = new DemoProgress(State.RUNNING, "organizations: " + company.name(), done, total, "");
        organizationsLoader.load(company);
        done++;
      }
      for (DemoSupplier supplier : DemoSuppliers.all()) {
        progress = new DemoProgress(State.RUNNING, "suppliers: " + supplier.company().companyName(), done, total, "");
        suppliersLoader.load(supplier);
        done++;
      }
      int position = 0;
      for (DemoSupplier supplier : DemoSuppliers.all()) {
        progress = new DemoProgress(State.RUNNING, "catalog: " + supplier.company().companyName(), done, total, "");
        catalogLoader.load(supplier, position);
        deals.load(supplier, position++);
        done++;
      }
      progress = new DemoProgress(State.RUNNING, "upstream tiers: Northwind Software", done, total, "");
      upstream.load();
      partners.load();
      done++;
      int[] month = {done};
      history.load(name -> progress = new DemoProgress(State.RUNNING, "order history: " + name, month[0]++, total, ""));
      done += DemoHistory.MONTHS;
      progress = new DemoProgress(State.RUNNING, "orders", done, total, "");
      orders.load();
      done++;
      // "loaded" means searchable: the catalog answers from its index, not from the SQL fallback
      progress = new DemoProgress(State.RUNNING, "search index", done, total, "");
      if (!searchIndex.awaitReady(SEARCH_INDEX_WAIT)) {
        throw new IllegalStateException("the search index was not ready within " + SEARCH_INDEX_WAIT);
      }
      progress = new DemoProgress(State.DONE, "done", total, total, "demo network loaded");
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Loading the demo network failed", e);
      progress = new DemoProgress(State.FAILED, progress.step(), progress.done(), progress.total(), firstLine(e));
    } finally {
      settled.complete(progress);
    }
  }

  private static int totalSteps() {
    return DemoCompanies.ALL.size() + 2 * DemoSuppliers.all().size() + DemoHistory.MONTHS + 2;
  }

  private static String firstLine(Throwable e) {
    String message = String.valueOf(e.getMessage());
    int newline = message.indexOf('\n');
    return e.getClass().getSimpleName() + ": " + (newline < 0 ? message : message.substring(0, newline));
  }
}
