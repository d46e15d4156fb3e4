// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.catalog;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import org.extranet.marketplace.shared.RejectedDocumentException.LineError;

/**
 * Keeps uploaded files and their refusals in transactions of their own: the file is on record before it
 * is read, and a refusal stays on record although the import itself is rolled back.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ImportArchive {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  public Long receive(String supplierId, String fileName, byte[] content, String receivedBy) {
    ListingImport received = new ListingImport(supplierId, fileName, content, receivedBy, clock.instant());
    em.persist(received);
    em.flush();
    return received.id();
  }

  public void reject(Long importId, List<LineError> errors, String why) {
    em.find(ListingImport.class, importId).reject(errors, why, clock.instant());
  }
}
