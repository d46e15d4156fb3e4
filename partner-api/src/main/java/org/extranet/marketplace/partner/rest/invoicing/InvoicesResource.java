// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.partner.rest.invoicing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.extranet.marketplace.invoicing.Invoices;
import org.extranet.marketplace.partner.rest.ListJson;
import org.extranet.marketplace.partner.rest.Roles;

/** Invoices of the caller's organization, as buyer or as supplier (the operator sees all). */
@Path("invoices")
@Tag(name = "Ordering")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.BUYER, Roles.APPROVER, Roles.SUPPLIER, Roles.PARTNER_INTEGRATION, Roles.OPERATOR})
public class InvoicesResource {

  @Inject Invoices invoices;

  @GET
  @Operation(summary = "The organization's invoices, newest first, each with its three-way match status")
  public ListJson<InvoiceJson.Invoice> list() {
    return ListJson.of(invoices.list().stream().map(InvoiceJson.Invoice::of).toList());
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One invoice with its lines beside what was ordered and received")
  public InvoiceJson.Invoice invoice(@PathParam("id") long id) {
    return InvoiceJson.Invoice.of(invoices.invoice(id));
  }
}
