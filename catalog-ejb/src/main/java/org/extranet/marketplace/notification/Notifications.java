// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.notification;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import org.extranet.marketplace.organization.Caller;
import org.extranet.marketplace.shared.NotFoundException;

/** The caller's organization's notifications, newest first, and marking one read (another's answers 404). */
@Stateless
public class Notifications {

  /** The newest notifications and how many are unread. */
  public record Inbox(List<NotificationView> items, long unread) {}

  @Inject Caller caller;
  @Inject Clock clock;
  @PersistenceContext EntityManager em;

  public Inbox inbox(boolean unreadOnly, int max) {
    String where = " where n.organizationId = :org" + (unreadOnly ? " and n.readAt is null" : "");
    List<NotificationView> items = em.createQuery("select n from Notification n" + where + " order by n.createdAt desc, n.id desc",
            Notification.class)
        .setParameter("org", caller.organizationId()).setMaxResults(Math.max(1, Math.min(max, 200)))
        .getResultList().stream().map(NotificationView::of).toList();
    return new Inbox(items, unread());
  }

  public long unread() {
    return em.createQuery("select count(n) from Notification n where n.organizationId = :org and n.readAt is null", Long.class)
        .setParameter("org", caller.organizationId()).getSingleResult();
  }

  public NotificationView read(Long id) {
    Notification n = em.find(Notification.class, id);
    if (n == null || !n.isVisibleTo(caller.organizationId())) {
      throw new NotFoundException("Notification", id);
    }
    n.read(caller.email().orElse(caller.organizationId()), clock.instant());
    return NotificationView.of(n);
  }
}
