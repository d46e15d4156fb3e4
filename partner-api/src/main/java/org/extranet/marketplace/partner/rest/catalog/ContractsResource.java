// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.partner.rest.catalog;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.extranet.marketplace.catalog.pricing.ContractPrices;
import org.extranet.marketplace.catalog.pricing.ContractView;
import org.extranet.marketplace.catalog.pricing.NewContract;
import org.extranet.marketplace.partner.rest.ListJson;
import org.extranet.marketplace.partner.rest.MoneyJson;
import org.extranet.marketplace.partner.rest.RequestBodies;
import org.extranet.marketplace.partner.rest.Roles;
import org.extranet.marketplace.shared.InvalidInputException;

/** Contract prices: a supplier agrees them with buyer organizations; both parties (and the operator) list them. */
@Path("contracts")
@Tag(name = "Catalog")
@Produces(MediaType.APPLICATION_JSON)
public class ContractsResource {

  /** POST /contracts; dates as yyyy-mm-dd, {@code validTo} optional (open-ended). */
  public record ContractRequest(
      String buyerOrganizationId, String sku, MoneyJson price, String validFrom, String validTo, List<TierJson> volumeTiers) {}

  public record TierJson(Integer minQuantity, MoneyJson price) {}

  public record Contract(
      Long id, CatalogJson.SupplierRef supplier, CatalogJson.SupplierRef buyer, Long productId, String sku,
      String productName, MoneyJson listPrice, MoneyJson price, LocalDate validFrom, LocalDate validTo,
      List<TierJson> volumeTiers) {
    static Contract of(ContractView c) {
      return new Contract(c.id(), new CatalogJson.SupplierRef(c.supplierId(), c.supplierName()),
          new CatalogJson.SupplierRef(c.buyerId(), c.buyerName()), c.productId(), c.sku(), c.productName(),
          MoneyJson.of(c.listPrice()), MoneyJson.of(c.price()), c.validFrom(), c.validTo(),
          c.tiers().stream().map(t -> new TierJson(t.minQuantity(), MoneyJson.of(t.price()))).toList());
    }
  }

  @Inject ContractPrices contracts;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.SUPPLIER, Roles.PARTNER_INTEGRATION})
  @Operation(summary = "Agree a contract price (with volume tiers) with a buyer organization for one of your SKUs")
  public Response agree(ContractRequest request) {
    RequestBodies.require(request);
    List<NewContract.Tier> tiers = request.volumeTiers() == null ? List.of() : request.volumeTiers().stream()
        .map(t -> t == null ? new NewContract.Tier(null, null)
            : new NewContract.Tier(t.minQuantity(), t.price() == null ? null : t.price().toMoney("volumeTiers.price")))
        .toList();
    NewContract terms = new NewContract(request.buyerOrganizationId(), request.sku(),
        request.price() == null ? null : request.price().toMoney("price"), date(request.validFrom(), "validFrom"),
        date(request.validTo(), "validTo"), tiers);
    return Response.status(Response.Status.CREATED).entity(Contract.of(contracts.agree(terms))).build();
  }

  /** POST /contracts/{id}/termination; {@code lastDay} defaults to today. */
  public record Termination(String lastDay) {}

  @POST
  @Path("{id}/termination")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.SUPPLIER, Roles.PARTNER_INTEGRATION})
  @Operation(summary = "End one of your contracts early: lastDay (default today) is the last day it applies")
  public Contract end(@PathParam("id") long id, Termination request) {
    return Contract.of(contracts.end(id, request == null ? null : date(request.lastDay(), "lastDay")));
  }

  @GET
  @RolesAllowed({Roles.OPERATOR, Roles.BUYER, Roles.APPROVER, Roles.SUPPLIER, Roles.PARTNER_INTEGRATION})
  @Operation(summary = "Contracts your organization made or was given (operator: all), newest first, paged")
  public ListJson<Contract> list(@QueryParam("page") String page, @QueryParam("size") String size) {
    ListJson.Paging paging = ListJson.paging(page, size);
    ContractPrices.Page found = contracts.list(paging.page(), paging.size());
    return new ListJson<>(found.items().stream().map(Contract::of).toList(), found.total());
  }

  private static LocalDate date(String text, String field) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw InvalidInputException.of(field, "must be a date like 2026-12-31");
    }
  }
}
