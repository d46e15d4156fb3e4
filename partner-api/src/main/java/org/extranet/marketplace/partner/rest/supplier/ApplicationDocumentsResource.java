// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.partner.rest.supplier;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.extranet.marketplace.partner.rest.ListJson;
import org.extranet.marketplace.partner.rest.Roles;
import org.extranet.marketplace.shared.InvalidInputException;
import org.extranet.marketplace.shared.TooLargeException;
import org.extranet.marketplace.supplier.ApplicationDocument;
import org.extranet.marketplace.supplier.AttachDocument;
import org.extranet.marketplace.supplier.AttachDocument.DocumentView;
import org.extranet.marketplace.supplier.DocumentType;

/**
 * Documents of an application: the raw file as the request body (application/pdf, image/png or
 * image/jpeg, at most 5 MB) with its name in the {@code X-File-Name} header. Other types: 415; larger: 413.
 */
@Path("supplier-applications/{id}/documents")
@Tag(name = "Suppliers and membership")
@RolesAllowed({Roles.OPERATOR, Roles.SUPPLIER})
public class ApplicationDocumentsResource {

  @Inject AttachDocument attachDocument;

  @POST
  @Consumes({"application/pdf", "image/png", "image/jpeg"})
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Attach a document (raw body; name in X-File-Name)")
  public Response attach(
      @PathParam("id") long id, @HeaderParam("X-File-Name") String fileName,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, InputStream body) throws IOException {
    if (fileName == null || fileName.isBlank()) {
      throw InvalidInputException.of("X-File-Name", "header is required: the document's file name");
    }
    byte[] content = body.readNBytes(DocumentType.MAX_BYTES + 1);
    if (content.length > DocumentType.MAX_BYTES) {
      throw new TooLargeException("documents are limited to " + DocumentType.MAX_BYTES / (1024 * 1024) + " MB");
    }
    DocumentView document = attachDocument.attach(id, fileName, mediaType(contentType), content);
    return Response.status(Response.Status.CREATED).entity(DocumentJson.of(document)).build();
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The application's documents with size and SHA-256")
  public ListJson<DocumentJson> documents(@PathParam("id") long id) {
    return ListJson.of(attachDocument.documents(id).stream().map(DocumentJson::of).toList());
  }

  @GET
  @Path("{documentId}")
  @Operation(summary = "One document's content")
  public Response content(@PathParam("id") long id, @PathParam("documentId") long documentId) {
    ApplicationDocument document = attachDocument.document(id, documentId);
    return Response.ok(document.content(), document.contentType())
        .header("Content-Disposition", "inline; filename=\"" + document.fileName().replace("\"", "") + "\"")
        .header("X-Checksum-SHA256", document.sha256())
        .build();
  }

  private static String mediaType(String contentType) {
    MediaType type = MediaType.valueOf(contentType);
    return type.getType() + "/" + type.getSubtype();
  }

  /** A document on the wire. */
  public record DocumentJson(Long id, String fileName, String contentType, long size, String sha256, java.time.Instant uploadedAt) {
    static DocumentJson of(DocumentView view) {
      return new DocumentJson(view.id(), view.fileName(), view.contentType(), view.size(), view.sha256(), view.uploadedAt());
    }
  }
}
