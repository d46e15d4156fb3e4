// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.supplier;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.extranet.marketplace.organization.Caller;
import org.extranet.marketplace.organization.Tenancy;
import org.extranet.marketplace.shared.ConflictException;
import org.extranet.marketplace.shared.NotFoundException;
import org.extranet.marketplace.shared.UnsupportedContentException;

/** The applicant (or the operator) attaches a document to a DRAFT or SUBMITTED application; both read them. */
@Stateless
public class AttachDocument {

  /** What a boundary shows of a document; the content is fetched separately. */
  public record DocumentView(Long id, String fileName, String contentType, long size, String sha256, java.time.Instant uploadedAt) {
    static DocumentView of(ApplicationDocument d) {
      return new DocumentView(d.id(), d.fileName(), d.contentType(), d.size(), d.sha256(), d.uploadedAt());
    }
  }

  @Inject Caller caller;
  @Inject Clock clock;
  @Inject Tenancy tenancy;
  @Inject SupplierRepository suppliers;
  @Inject AuditTrail audit;

  public DocumentView attach(Long applicationId, String fileName, String mediaType, byte[] content) {
    SupplierApplication application = tenancy.find(SupplierApplication.class, applicationId);
    if (!application.isOpen()) {
      throw new ConflictException("application " + applicationId + " is already " + application.status());
    }
    DocumentType type = DocumentType.of(mediaType)
        .orElseThrow(() -> new UnsupportedContentException("documents must be PDF, PNG or JPEG"));
    ApplicationDocument document = new ApplicationDocument(
        application.id(), fileName, type, content, caller.email().orElse(caller.organizationId()), clock.instant());
    suppliers.store(document);
    suppliers.flush();
    audit.record(application.organizationId(), application.id(), SupplierDecision.Action.DOCUMENT_ATTACHED,
        document.fileName() + " sha256=" + document.sha256());
    return DocumentView.of(document);
  }

  public List<DocumentView> documents(Long applicationId) {
    SupplierApplication application = tenancy.find(SupplierApplication.class, applicationId);
    return suppliers.documents(application.id()).stream().map(DocumentView::of).toList();
  }

  public ApplicationDocument document(Long applicationId, Long documentId) {
    SupplierApplication application = tenancy.find(SupplierApplication.class, applicationId);
    return suppliers.documents(application.id()).stream().filter(d -> d.id().equals(documentId)).findFirst()
        .orElseThrow(() -> new NotFoundException("Document", documentId));
  }
}
