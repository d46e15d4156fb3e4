// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.catalog;

import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.extranet.marketplace.organization.Caller;
import org.extranet.marketplace.organization.Tenancy;
import org.extranet.marketplace.shared.ConflictException;
import org.extranet.marketplace.shared.RejectedDocumentException;
import org.extranet.marketplace.shared.TooLargeException;

/**
 * A supplier uploads its listings as one CSV file ({@link ListingCsv} describes the columns). The file is
 * archived first, then checked as a whole: any bad line rejects the file with every bad line named (422)
 * and nothing is applied; a clean file is applied in one transaction — new SKUs listed, known ones revised.
 * The REST API waits for the outcome ({@link #importNow}); the portal starts it ({@link #start}) and
 * follows {@link ImportProgress}.
 */
@Stateless
public class ImportListings {

  private static final Logger LOG = Logger.getLogger(ImportListings.class.getName());
  public static final int MAX_BYTES = 64 * 1024 * 1024;
  public static final int MAX_LINES = 200_000;
  private static final int PROGRESS_EVERY = 500;
  private static final int FLUSH_EVERY = 1_000;

  @Inject Caller caller;
  @Inject Tenancy tenancy;
  @Inject ListingAllowance allowance;
  @Inject CatalogReference reference;
  @Inject ImportArchive archive;
  @Inject ImportProgress progress;
  @Inject ProductRepository products;
  @Inject CatalogChanges changes;
  @Inject Clock clock;
  @PersistenceContext EntityManager em;
  @Resource SessionContext context;

  /** Archives, checks and applies the file; returns the report or throws the rejection (422 / 409). */
  public ImportReport importNow(String fileName, byte[] content) {
    Long id = receive(fileName, content);
    return apply(id, tenancy.organizationId());
  }

  /** Archives the file and applies it in the background; follow it with {@link #report} and {@link ImportProgress}. */
  public Long start(String fileName, byte[] content) {
    Long id = receive(fileName, content);
    context.getBusinessObject(ImportListings.class).applyLater(id, tenancy.organizationId());
    return id;
  }

  @Asynchronous
  public void applyLater(Long importId, String supplierId) {
    try {
      apply(importId, supplierId);
    } catch (RejectedDocumentException | ConflictException expected) {
      context.setRollbackOnly(); // nothing of a refused file stays; the refusal is on record in the archive
    } catch (RuntimeException e) {
      // nobody waits for this call: put the failure on record rather than leave the file RECEIVED forever
      LOG.log(Level.SEVERE, "Listing import " + importId + " failed", e);
      context.setRollbackOnly();
      archive.reject(importId, List.of(), "the import failed on our side (" + e.getClass().getSimpleName()
          + "); nothing was imported — try again or tell the marketplace operator");
    }
  }

  /** One of the caller's imports (404 for another supplier's). */
  public ImportReport report(Long importId) {
    return tenancy.find(ListingImport.class, importId).report();
  }

  /** The line errors of one of the caller's rejected imports (the first 1,000). */
  public List<RejectedDocumentException.LineError> lineErrors(Long importId) {
    return tenancy.find(ListingImport.class, importId).lineErrors();
  }

  public List<ImportReport> history() {
    return em.createQuery(
            "select i from ListingImport i where i.supplierId = :supplier order by i.receivedAt desc", ListingImport.class)
        .setParameter("supplier", tenancy.organizationId())
        .setMaxResults(50)
        .getResultStream()
        .map(ListingImport::report)
        .toList();
  }

  private Long receive(String fileName, byte[] content) {
    String supplierId = allowance.requireMemberSupplier();
    if (content.length > MAX_BYTES) {
      throw new TooLargeException("listing files are limited to " + MAX_BYTES / (1024 * 1024) + " MB; split the file");
    }
    Long id = archive.receive(supplierId, fileName, content, caller.email().orElse(caller.organizationId()));
    progress.update(id, 0, 0);
    return id;
  }

  private ImportReport apply(Long importId, String supplierId) {
    try {
      ListingImport file = em.find(ListingImport.class, importId);
      ListingCsv.Parsed parsed = new ListingCsv(reference.codes()).read(file.content());
      if (!parsed.isClean()) {
        throw reject(importId, parsed.errors());
      }
      if (parsed.rows().size() > MAX_LINES) {
        throw reject(importId, List.of(new RejectedDocumentException.LineError(MAX_LINES + 2, null,
            "a file holds at most " + MAX_LINES + " listings; split it")));
      }
      Counts counts = write(importId, supplierId, parsed.rows());
      file.accept(parsed.rows().size(), counts.created(), counts.updated(), clock.instant());
      return file.report();
    } catch (ConflictException e) {
      archive.reject(importId, List.of(), e.getMessage());
      throw e;
    } finally {
      progress.finish(importId);
    }
  }

  private record Counts(int created, int updated) {}

  private Counts write(Long importId, String supplierId, List<ListingCsv.Row> rows) {
    Map<String, Product> known = new HashMap<>(products.allOfSupplier(supplierId).stream()
        .collect(Collectors.toMap(Product::sku, p -> p)));
    long adding = rows.stream().filter(r -> isNewOrWithdrawn(known.get(r.listing().strippedSku()))).count();
    allowance.requireRoomFor(supplierId, (int) adding);
    int created = 0;
    int done = 0;
    for (ListingCsv.Row row : rows) {
      Product existing = known.get(row.listing().strippedSku());
      if (existing == null) {
        products.store(new Product(supplierId, row.listing()));
        created++;
      } else {
        existing.revise(row.listing());
      }
      if (++done % FLUSH_EVERY == 0) {
        products.flush();
      }
      if (done % PROGRESS_EVERY == 0) {
        progress.update(importId, done, rows.size());
      }
    }
    products.flush();
    changes.recordAllOf(supplierId);
    progress.update(importId, done, rows.size());
    return new Counts(created, rows.size() - created);
  }

  private static boolean isNewOrWithdrawn(Product product) {
    return product == null || product.isWithdrawn();
  }

  private RejectedDocumentException reject(Long importId, List<RejectedDocumentException.LineError> errors) {
    long lines = errors.stream().mapToInt(RejectedDocumentException.LineError::line).distinct().count();
    String summary = "the file was not imported: " + lines + (lines == 1 ? " line has" : " lines have") + " errors";
    archive.reject(importId, errors, summary);
    return new RejectedDocumentException(summary, errors);
  }
}
