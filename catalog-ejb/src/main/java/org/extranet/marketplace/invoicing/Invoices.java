// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.invoicing;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.extranet.marketplace.organization.Tenancy;

/** Invoices as their buyer and their supplier see them (the operator sees all); another's answers 404. */
@Stateless
public class Invoices {

  @Inject Tenancy tenancy;
  @PersistenceContext EntityManager em;

  /** Newest first. */
  public List<InvoiceView> list() {
    return tenancy.scoped(em.createQuery("select i from Invoice i where (:tenant is null or i.buyerId = :tenant"
            + " or i.supplierId = :tenant) order by i.issuedAt desc, i.id desc", Invoice.class))
        .setMaxResults(500).getResultList().stream().map(InvoiceView::of).toList();
  }

  public InvoiceView invoice(Long id) {
    return InvoiceView.of(tenancy.find(Invoice.class, id));
  }
}
