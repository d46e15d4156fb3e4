// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.ordering;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.extranet.marketplace.catalog.ProductCatalog;
import org.extranet.marketplace.catalog.ProductView;
import org.extranet.marketplace.ordering.ledger.ActorRole;
import org.extranet.marketplace.ordering.ledger.ManualSource;
import org.extranet.marketplace.organization.Caller;
import org.extranet.marketplace.organization.MemberRole;
import org.extranet.marketplace.organization.OrganizationKind;
import org.extranet.marketplace.organization.OrganizationRepository;
import org.extranet.marketplace.shared.InvalidInputException;
import org.extranet.marketplace.shared.Validation;

/**
 * The before-state the marketplace replaces: an order a buyer placed by phone, fax or e-mail, keyed in by
 * the marketplace's operator or by a supplier's order desk (its own products only). The order is the
 * buyer's, at the buyer's prices, already approved on the buyer's side; the ledger records the channel
 * MANUAL, the source and the minutes it took to key.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ManualOrders {

  /** What arrived and who keyed it. {@code receivedFrom}: the buyer's person who called, faxed or wrote. */
  public record Received(String buyerOrganizationId, String receivedFrom, ManualSource source, Integer keyingMinutes) {}

  /** Longest keying time recorded for one order. */
  public static final int MAX_KEYING_MINUTES = 60;

  @Inject Caller caller;
  @Inject CallerSteps steps;
  @Inject OrganizationRepository organizations;
  @Inject ProductCatalog catalog;
  @Inject Availability availability;
  @Inject OrderPlacement placement;

  public OrderView key(Received received, OrderRequest request, String idempotencyKey) {
    caller.require(MemberRole.OPERATOR, MemberRole.SUPPLIER);
    new Validation()
        .require(received.buyerOrganizationId() != null && organizations.find(received.buyerOrganizationId())
            .filter(o -> o.kind() == OrganizationKind.BUYER).isPresent(), "buyerOrganizationId", "no such buyer organization")
        .requireText(received.receivedFrom(), "receivedFrom", 254)
        .require(received.source() != null, "source", "PHONE, FAX or EMAIL")
        .require(received.keyingMinutes() == null || (received.keyingMinutes() >= 0 && received.keyingMinutes() <= MAX_KEYING_MINUTES),
            "keyingMinutes", "from 0 to " + MAX_KEYING_MINUTES)
        .orThrow();
    if (caller.hasRole(MemberRole.SUPPLIER) && !caller.hasRole(MemberRole.OPERATOR)) {
      requireOwnProducts(request);
    }
    ActorRole role = caller.hasRole(MemberRole.OPERATOR) ? ActorRole.OPERATOR : ActorRole.SUPPLIER;
    Integer seconds = received.keyingMinutes() == null ? null : received.keyingMinutes() * 60;
    Requisition requisition = new Requisition(received.buyerOrganizationId(), received.receivedFrom().strip(),
        steps.keyedFrom(received.source(), role, seconds), null, idempotencyKey);
    Map<Long, LocalDate> waitDates = availability.waitDates(request);
    return placement.place(requisition, request, waitDates);
  }

  private void requireOwnProducts(OrderRequest request) {
    List<Long> ids = request.lines().stream().filter(Objects::nonNull)
        .flatMap(l -> Stream.of(l.productId(), l.substituteProductId())).filter(Objects::nonNull).toList();
    List<InvalidInputException.Violation> foreign = new ArrayList<>();
    Map<Long, ProductView> visible = new java.util.HashMap<>();
    catalog.visible(ids).forEach(p -> visible.put(p.id(), p));
    for (int i = 0; i < request.lines().size(); i++) {
      OrderRequest.Line line = request.lines().get(i);
      ProductView p = line == null ? null : visible.get(line.productId());
      if (p != null && !p.supplierId().equals(caller.organizationId())) {
        foreign.add(new InvalidInputException.Violation("lines[" + i + "].productId", "an order desk keys orders for its own products only"));
      }
    }
    if (!foreign.isEmpty()) {
      throw new InvalidInputException(foreign);
    }
  }
}
