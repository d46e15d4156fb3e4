// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.ordering;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Reads Idempotency-Keys already used, each in a transaction of its own (so it sees what others committed). */
@Stateless
public class SubmissionKeys {

  /** What a key was used for: the request's fingerprint and the order it made. */
  public record Used(String requestSha256, Long orderId) {}

  public static final int MAX_LENGTH = 200;

  @PersistenceContext EntityManager em;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Optional<Used> find(String organizationId, String key) {
    return Optional.ofNullable(em.find(SubmissionKey.class, new SubmissionKey.Id(organizationId, key)))
        .filter(k -> k.orderId() != null)
        .map(k -> new Used(k.requestSha256(), k.orderId()));
  }
}
