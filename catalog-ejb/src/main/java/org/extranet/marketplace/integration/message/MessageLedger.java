// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.integration.message;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.extranet.marketplace.organization.Tenancy;
import org.extranet.marketplace.shared.Checksums;

/**
 * The message ledger (GET /messages): every document a partner sent or was sent. Archiving commits on its own
 * before anything is processed, so a document that breaks its processing is still on record. A partner sees
 * its own organization's messages; the operator all (another's answers 404).
 */
@Stateless
public class MessageLedger {

  /** A message as the ledger lists it (the raw content only when one message is asked for). */
  public record View(Long id, PartnerMessage.Direction direction, String organizationId, PartnerMessage.Format format,
      String documentType, String senderId, String controlNumber, PartnerMessage.Status status, Instant receivedAt,
      Instant processedAt, String detail, String ordersCreated, String contentSha256, String content, String acknowledgement) {

    static View of(PartnerMessage m, boolean whole) {
      return new View(m.id(), m.direction(), m.organizationId(), m.format(), m.documentType(), m.senderId(), m.controlNumber(),
          m.status(), m.receivedAt(), m.processedAt(), m.detail(), m.ordersCreated(), m.contentSha256(),
          whole ? m.content() : null, whole ? m.acknowledgement() : null);
    }
  }

  @Inject Tenancy tenancy;
  @Inject Clock clock;
  @PersistenceContext EntityManager em;

  /** Keeps the raw document (committed at once, whatever happens next); returns its id. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Long archive(PartnerMessage.Direction direction, String organizationId, PartnerMessage.Format format, byte[] raw) {
    PartnerMessage message = new PartnerMessage(direction, organizationId, format, new String(raw, StandardCharsets.UTF_8),
        Checksums.sha256(raw), clock.instant());
    em.persist(message);
    em.flush();
    return message.id();
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void identify(Long id, String documentType, String senderId, String controlNumber) {
    em.find(PartnerMessage.class, id).identify(documentType, senderId, controlNumber);
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void settle(Long id, PartnerMessage.Status status, String acknowledgement, String detail, String ordersCreated) {
    em.find(PartnerMessage.class, id).settle(status, acknowledgement, detail, ordersCreated, clock.instant());
  }

  /** The first settled message with this sender and control number other than {@code except}: a resend's original. */
  public Optional<PartnerMessage> original(String senderId, String controlNumber, Long except) {
    return em.createQuery("select m from PartnerMessage m where m.senderId = :s and m.controlNumber = :c and m.id <> :id"
            + " and m.direction = :in and m.status in :settled order by m.id", PartnerMessage.class)
        .setParameter("s", senderId).setParameter("c", controlNumber).setParameter("id", except)
        .setParameter("in", PartnerMessage.Direction.INBOUND)
        .setParameter("settled", List.of(PartnerMessage.Status.ACCEPTED, PartnerMessage.Status.PARTIALLY_ACCEPTED, PartnerMessage.Status.REJECTED))
        .setMaxResults(1).getResultStream().findFirst();
  }

  public View message(Long id) {
    return View.of(tenancy.find(PartnerMessage.class, id), true);
  }

  /** A page of the caller's messages (the operator: everyone's), newest first, and how many there are in all. */
  public Page list(PartnerMessage.Direction direction, PartnerMessage.Status status, int page, int size) {
    String where = (tenancy.seesAll() ? " where 1 = 1" : " where m.organizationId = :org")
        + (direction == null ? "" : " and m.direction = :dir") + (status == null ? "" : " and m.status = :st");
    var query = bind(em.createQuery("select m from PartnerMessage m" + where + " order by m.id desc", PartnerMessage.class),
        direction, status);
    long total = bind(em.createQuery("select count(m) from PartnerMessage m" + where, Long.class), direction, status).getSingleResult();
    return new Page(query.setFirstResult(page * size).setMaxResults(size).getResultList().stream().map(m -> View.of(m, false)).toList(),
        total);
  }

  /** One page of the ledger. */
  public record Page(List<View> items, long total) {}

  private <T> jakarta.persistence.TypedQuery<T> bind(jakarta.persistence.TypedQuery<T> query, PartnerMessage.Direction direction,
      PartnerMessage.Status status) {
    if (!tenancy.seesAll()) {
      query.setParameter("org", tenancy.organizationId());
    }
    if (direction != null) {
      query.setParameter("dir", direction);
    }
    if (status != null) {
      query.setParameter("st", status);
    }
    return query;
  }
}
