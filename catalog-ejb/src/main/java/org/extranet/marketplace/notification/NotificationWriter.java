// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import org.extranet.marketplace.ordering.PurchaseOrder;
import org.extranet.marketplace.ordering.ledger.OrderEvent;
import org.extranet.marketplace.organization.MemberRole;
import org.extranet.marketplace.organization.OrganizationNames;

/**
 * Turns the ledger's steps into notifications, in the step's own transaction (a step and its notice stand
 * or fall together), and asks for the e-mail: buyer-side notices go to the order's requester, supplier-side
 * ones to the supplier's order desk (its people with the supplier role).
 */
@ApplicationScoped
public class NotificationWriter {

  @PersistenceContext EntityManager em;
  @Inject OrganizationNames names;
  @Inject Event<NotificationCreated> created;
  @Inject Clock clock;

  void on(@Observes OrderEvent step) {
    if (step.purchaseOrderId() == null) {
      return;
    }
    Notices.of(step.type()).ifPresent(notice -> {
      PurchaseOrder po = em.find(PurchaseOrder.class, step.purchaseOrderId());
      boolean toBuyer = notice.audience() == Notices.Audience.BUYER;
      String recipient = toBuyer ? po.buyerId() : po.supplierId();
      String otherParty = names.of(List.of(toBuyer ? po.supplierId() : po.buyerId())).values().stream().findFirst().orElse("");
      String title = String.format(notice.title(), otherParty, po.id());
      em.persist(new Notification(recipient, po.order().id(), po.id(), step.type().name(), title, step.detail(), clock.instant()));
      created.fire(new NotificationCreated(toBuyer ? List.of(po.order().requester()) : supplierDesk(po.supplierId()), title,
          step.detail() == null ? title : title + "\n\n" + step.detail()));
    });
  }

  private List<String> supplierDesk(String supplierId) {
    return em.createQuery("select m.email from Member m join m.roles r where m.organization.id = :org and r = :role", String.class)
        .setParameter("org", supplierId).setParameter("role", MemberRole.SUPPLIER).getResultList();
  }
}
