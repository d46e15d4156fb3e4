// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.portal.invoicing;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.extranet.marketplace.invoicing.Invoices;
import org.extranet.marketplace.shared.NotFoundException;

/** The organization's invoices (as buyer or supplier) and one invoice to print; another's answers 404. */
@Named("invoicesPage")
@ViewScoped
public class InvoicesPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient Invoices invoices;

  private List<InvoiceRow> rows;
  private Long id;
  private InvoiceRow invoice;

  public List<InvoiceRow> getRows() {
    if (rows == null) {
      rows = invoices.list().stream().map(InvoiceRow::new).toList();
    }
    return rows;
  }

  /** f:viewAction of the printable invoice. */
  public void load() throws IOException {
    try {
      invoice = new InvoiceRow(invoices.invoice(id));
    } catch (NotFoundException e) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext().responseSendError(404, "No such invoice");
      faces.responseComplete();
    }
  }

  public Long getId() { return id; }
  public void setId(Long id) { this.id = id; }
  public InvoiceRow getInvoice() { return invoice; }
}
