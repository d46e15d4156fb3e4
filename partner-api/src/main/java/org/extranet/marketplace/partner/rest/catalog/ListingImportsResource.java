// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.partner.rest.catalog;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.extranet.marketplace.catalog.ImportListings;
import org.extranet.marketplace.catalog.ImportReport;
import org.extranet.marketplace.partner.rest.ListJson;
import org.extranet.marketplace.partner.rest.Roles;

/**
 * Listings uploaded as one CSV file: all or nothing. A bad file answers 422 with every bad line's number
 * and message; the file is archived either way and listed here with its outcome.
 */
@Path("listings/imports")
@Tag(name = "Catalog")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SUPPLIER, Roles.PARTNER_INTEGRATION})
public class ListingImportsResource {

  /** One import's outcome on the wire. */
  public record Report(
      Long id, String fileName, String sha256, long size, Instant receivedAt, String status, int lines, int created,
      int updated, int errors, String outcome, Instant finishedAt) {
    static Report of(ImportReport r) {
      return new Report(r.id(), r.fileName(), r.sha256(), r.size(), r.receivedAt(), r.status().name(), r.lines(),
          r.created(), r.updated(), r.errors(), r.outcome(), r.finishedAt());
    }
  }

  @Inject ImportListings imports;

  @POST
  @Consumes({"text/csv", MediaType.TEXT_PLAIN})
  @Operation(summary = "Import listings from CSV (UTF-8, header line; columns in API.md): 200 report, or 422 naming every bad line")
  public Report importFile(@HeaderParam("X-File-Name") String fileName, InputStream body) throws IOException {
    byte[] content = body.readNBytes(ImportListings.MAX_BYTES + 1); // one byte over is enough for the use case to refuse it
    return Report.of(imports.importNow(fileName, content));
  }

  @GET
  @Operation(summary = "The caller's last 50 imports with their outcome")
  public ListJson<Report> history() {
    return ListJson.of(imports.history().stream().map(Report::of).toList());
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One of the caller's imports")
  public Report report(@PathParam("id") long id) {
    return Report.of(imports.report(id));
  }
}
