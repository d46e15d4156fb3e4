// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.ordering;

import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.extranet.marketplace.ordering.ledger.ActorRole;
import org.extranet.marketplace.ordering.ledger.Channel;
import org.extranet.marketplace.organization.Caller;
import org.extranet.marketplace.organization.Member;
import org.extranet.marketplace.organization.MemberRole;
import org.extranet.marketplace.organization.OrganizationRepository;
import org.extranet.marketplace.shared.InvalidInputException;
import org.extranet.marketplace.shared.Money;
import org.extranet.marketplace.shared.ReusedKeyException;

/**
 * A buyer submits an order (portal, REST, later SOAP and EDI). Idempotent under an Idempotency-Key: the same
 * key with the same request answers the first order (even when both requests race: the second waits on
 * the key's row and then reads the first's order); with another request 422. Runs outside a transaction
 * itself so that upstream inquiries (for WAIT lines) never hold database locks, and so that a lost race
 * can be answered after the loser's transaction rolled back.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SubmitOrder {

  /** The order, and whether it was made by an earlier request with the same key. */
  public record Submitted(OrderView order, boolean replayed) {}

  @Inject Caller caller;
  @Inject CallerSteps steps;
  @Inject OrganizationRepository organizations;
  @Inject OrderPlacement placement;
  @Inject SubmissionKeys keys;
  @Inject Orders orders;
  @Inject Availability availability;

  public Submitted submit(OrderRequest request, Channel channel, Integer timeOnTaskSeconds, String idempotencyKey) {
    caller.require(MemberRole.BUYER, MemberRole.APPROVER, MemberRole.PARTNER_INTEGRATION);
    String key = checkKey(idempotencyKey);
    String buyerId = caller.organizationId();
    // no look-up of the key first: a new key (the usual case) costs nothing extra; a used one fails on its
    // unique row at once and is answered below
    Map<Long, LocalDate> waitDates = availability.waitDates(request);
    Requisition requisition = new Requisition(buyerId, caller.email().orElse(buyerId),
        steps.of(channel, ActorRole.BUYER, timeOnTaskSeconds), spendingLimit(), key);
    try {
      return new Submitted(placement.place(requisition, request, waitDates), false);
    } catch (EJBException | PersistenceException e) {
      if (key != null && isConstraintViolation(e)) {
        return replayOf(buyerId, key, request).orElseThrow(() -> e);
      }
      throw e;
    }
  }

  private Optional<Submitted> replayOf(String buyerId, String key, OrderRequest request) {
    if (key == null) {
      return Optional.empty();
    }
    return keys.find(buyerId, key).map(used -> {
      if (!used.requestSha256().equals(request.fingerprint())) {
        throw new ReusedKeyException(key);
      }
      return new Submitted(orders.order(used.orderId()), true);
    });
  }

  private Money spendingLimit() {
    return caller.email().flatMap(organizations::memberByEmail)
        .filter(m -> m.isVisibleTo(caller.organizationId()))
        .flatMap(Member::spendingLimit)
        .orElse(null);
  }

  private static String checkKey(String key) {
    if (key == null || key.isBlank()) {
      return null;
    }
    if (key.length() > SubmissionKeys.MAX_LENGTH || !key.strip().equals(key)) {
      throw InvalidInputException.of("Idempotency-Key", "at most " + SubmissionKeys.MAX_LENGTH + " characters, no surrounding spaces");
    }
    return key;
  }

  private static boolean isConstraintViolation(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLIntegrityConstraintViolationException) {
        return true;
      }
    }
    return false;
  }
}
