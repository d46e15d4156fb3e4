// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.shipment.digital;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import org.extranet.marketplace.ordering.CallerSteps;
import org.extranet.marketplace.ordering.ledger.ActorRole;
import org.extranet.marketplace.ordering.ledger.Channel;
import org.extranet.marketplace.ordering.ledger.OrderEventType;
import org.extranet.marketplace.ordering.ledger.OrderLedger;
import org.extranet.marketplace.organization.Caller;
import org.extranet.marketplace.organization.MemberRole;
import org.extranet.marketplace.organization.Tenancy;
import org.extranet.marketplace.shared.NotFoundException;

/** The buyer organization's software: its digital deliveries with keys and links; opening one delivers it. */
@Stateless
public class MySoftware {

  @Inject Caller caller;
  @Inject Tenancy tenancy;
  @Inject KeyIssuing keys;
  @Inject CallerSteps steps;
  @Inject OrderLedger ledger;
  @Inject Clock clock;
  @PersistenceContext EntityManager em;

  /** Newest first; the keys are shown on opening only. */
  public List<SoftwareView> list() {
    caller.require(MemberRole.BUYER, MemberRole.APPROVER, MemberRole.PARTNER_INTEGRATION);
    return em.createQuery("select d from DigitalDelivery d where d.buyerId = :org order by d.createdAt desc, d.id desc",
            DigitalDelivery.class)
        .setParameter("org", caller.organizationId()).setMaxResults(500).getResultList().stream()
        .map(d -> SoftwareView.of(d, keys.keysOf(d.id()).stream().map(k -> "••••").toList())).toList();
  }

  /** The keys and links; the first opening by the buyer is the delivery (one ledger step, ever). */
  public SoftwareView open(Long id, Channel channel) {
    caller.require(MemberRole.BUYER, MemberRole.APPROVER, MemberRole.PARTNER_INTEGRATION);
    DigitalDelivery delivery = tenancy.find(DigitalDelivery.class, id);
    if (!delivery.buyerId().equals(caller.organizationId())) {
      throw new NotFoundException("DigitalDelivery", id);
    }
    if (delivery.open(caller.email().orElse(caller.organizationId()), clock.instant())) {
      ledger.append(delivery.orderId(), delivery.purchaseOrderId(), OrderEventType.DIGITALLY_DELIVERED,
          steps.of(channel, ActorRole.BUYER, null), delivery.productName() + " opened by the buyer");
    }
    return SoftwareView.of(delivery, keys.keysOf(delivery.id()));
  }
}
