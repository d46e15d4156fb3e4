// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.demo;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
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

  private static final Logger LOG = Logger.getLogger(DemoNetwork.class.getName());

  @Inject
  @ConfigProperty(name = "marketplace.demo.enabled", defaultValue = "false")
  boolean enabled;

  @Inject Caller caller;
  @Inject DemoOrganizationsLoader organizationsLoader;
  @Inject DemoSuppliersLoader suppliersLoader;

  private volatile DemoProgress progress = DemoProgress.idle();

  public boolean isEnabled() {
    return enabled;
  }

  public DemoProgress progress() {
    return progress;
  }

  /** Claims the loader; refuses when loading is already under way. */
  @Lock(LockType.WRITE)
  public DemoProgress begin() {
    if (!enabled) {
      throw new ConflictException("demo data is disabled here (marketplace.demo.enabled=false)");
    }
    if (progress.state() == State.RUNNING) {
      throw new ConflictException("the demo network is already loading");
    }
    progress = new DemoProgress(State.RUNNING, "starting", 0, totalSteps(), "");
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
      progress = new DemoProgress(State.DONE, "done", total, total, "demo network loaded");
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Loading the demo network failed", e);
      progress = new DemoProgress(State.FAILED, progress.step(), progress.done(), progress.total(), firstLine(e));
    }
  }

  private static int totalSteps() {
    return DemoCompanies.ALL.size() + DemoSuppliers.all().size();
  }

  private static String firstLine(Throwable e) {
    String message = String.valueOf(e.getMessage());
    int newline = message.indexOf('\n');
    return e.getClass().getSimpleName() + ": " + (newline < 0 ? message : message.substring(0, newline));
  }
}
