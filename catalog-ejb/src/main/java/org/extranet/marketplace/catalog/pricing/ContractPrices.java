// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.catalog.pricing;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.extranet.marketplace.catalog.CatalogChanges;
import org.extranet.marketplace.catalog.ListingAllowance;
import org.extranet.marketplace.catalog.Product;
import org.extranet.marketplace.catalog.ProductRepository;
import org.extranet.marketplace.organization.Organization;
import org.extranet.marketplace.organization.OrganizationKind;
import org.extranet.marketplace.organization.OrganizationView;
import org.extranet.marketplace.organization.OrganizationRepository;
import org.extranet.marketplace.organization.Tenancy;
import org.extranet.marketplace.shared.ConflictException;
import org.extranet.marketplace.shared.InvalidInputException;
import org.extranet.marketplace.shared.Money;
import org.extranet.marketplace.shared.NotFoundException;
import org.extranet.marketplace.shared.Validation;

/**
 * A supplier agrees contract prices with buyer organizations, one SKU at a time; both parties list them.
 * One buyer has at most one contract per listing on any day: an overlapping period is refused (409).
 */
@Stateless
public class ContractPrices {

  /** One page of contracts and how many there are. */
  public record Page(List<ContractView> items, long total) {}

  @Inject ListingAllowance allowance;
  @Inject Tenancy tenancy;
  @Inject ProductRepository products;
  @Inject ContractRepository contracts;
  @Inject OrganizationRepository organizations;
  @Inject CatalogChanges changes;
  @Inject Clock clock;

  public ContractView agree(NewContract terms) {
    String supplierId = allowance.requireMemberSupplier();
    validate(terms);
    Product product = products.bySku(supplierId, terms.sku().strip()).filter(p -> !p.isWithdrawn())
        .orElseThrow(() -> new NotFoundException("Listing", terms.sku()));
    requireSameCurrency(terms, product.listPrice());
    for (ContractPrice existing : contracts.ofBuyer(terms.buyerOrganizationId(), List.of(product.id()))) {
      if (existing.overlaps(terms.validFrom(), terms.validTo())) {
        throw new ConflictException("contract " + existing.id() + " already prices " + product.sku() + " for this buyer from "
            + existing.validFrom() + (existing.validTo() == null ? " on" : " to " + existing.validTo())
            + "; end it first (POST /contracts/{id}/termination) or choose another period");
      }
    }
    List<VolumeTier> tiers = terms.tiers() == null ? List.of()
        : terms.tiers().stream().map(t -> new VolumeTier(t.minQuantity(), t.price())).toList();
    ContractPrice contract = new ContractPrice(supplierId, terms.buyerOrganizationId(), product.id(), terms.price(),
        terms.validFrom(), terms.validTo(), tiers, clock.instant());
    contracts.store(contract);
    changes.record(product.id()); // a contract-only listing becomes visible to this buyer
    return views(List.of(contract)).get(0);
  }

  /**
   * The supplier ends one of its contracts early: {@code lastDay} (today when null) is the last day it
   * applies. Never before it began nor after it would have ended.
   */
  public ContractView end(Long contractId, LocalDate lastDay) {
    String supplierId = allowance.requireMemberSupplier();
    ContractPrice contract = contracts.find(contractId).filter(c -> c.supplierId().equals(supplierId))
        .orElseThrow(() -> new NotFoundException("Contract", contractId)); // the buyer's view of it is read-only
    LocalDate last = lastDay != null ? lastDay : LocalDate.now(clock.withZone(java.time.ZoneOffset.UTC));
    new Validation()
        .require(!last.isBefore(contract.validFrom()), "lastDay", "must not be before the contract began, " + contract.validFrom())
        .require(contract.validTo() == null || !last.isAfter(contract.validTo()), "lastDay",
            "must not be after the contract's end, " + contract.validTo())
        .orThrow();
    contract.endOn(last);
    changes.record(contract.productId());
    return views(List.of(contract)).get(0);
  }

  /** The buyer organizations a member supplier may offer contract prices to, by name. */
  public List<OrganizationView> buyers() {
    allowance.requireMemberSupplier();
    return organizations.ofKind(OrganizationKind.BUYER).stream().map(Organization::view).toList();
  }

  /** Contracts the caller's organization made or was given (operators: all), newest first. */
  public Page list(int page, int size) {
    String organization = tenancy.seesAll() ? null : tenancy.organizationId();
    return new Page(views(contracts.involving(organization, page, size)), contracts.countInvolving(organization));
  }

  private List<ContractView> views(List<ContractPrice> found) {
    Set<String> orgIds = new HashSet<>();
    found.forEach(c -> {
      orgIds.add(c.supplierId());
      orgIds.add(c.buyerId());
    });
    Map<String, String> names = organizations.names(List.copyOf(orgIds));
    Map<Long, Product> byId = new java.util.HashMap<>();
    products.byIds(found.stream().map(ContractPrice::productId).distinct().toList()).forEach(p -> byId.put(p.id(), p));
    List<ContractView> views = new ArrayList<>();
    for (ContractPrice c : found) {
      Product p = byId.get(c.productId());
      views.add(new ContractView(c.id(), c.supplierId(), names.get(c.supplierId()), c.buyerId(), names.get(c.buyerId()),
          c.productId(), p.sku(), p.name(), p.listPrice(), c.price(), c.validFrom(), c.validTo(), c.tiers()));
    }
    return views;
  }

  private void validate(NewContract terms) {
    boolean buyerKnown = terms.buyerOrganizationId() != null && organizations.find(terms.buyerOrganizationId())
        .map(o -> o.kind() == OrganizationKind.BUYER).orElse(false);
    Validation v = new Validation()
        .require(buyerKnown, "buyerOrganizationId", "must name a buyer organization of the network")
        .requireText(terms.sku(), "sku", 64)
        .require(terms.price() != null && terms.price().amount().signum() >= 0, "price", "must be a non-negative amount")
        .require(terms.validFrom() != null, "validFrom", "is required (yyyy-mm-dd)")
        .require(terms.validFrom() == null || terms.validTo() == null || !terms.validTo().isBefore(terms.validFrom()),
            "validTo", "must not be before validFrom");
    List<NewContract.Tier> tiers = terms.tiers() == null ? List.of() : terms.tiers();
    Set<Integer> seen = new HashSet<>();
    Integer previousQuantity = null;
    Money previousPrice = terms.price();
    for (int i = 0; i < tiers.size(); i++) {
      NewContract.Tier tier = tiers.get(i);
      String field = "volumeTiers[" + i + "]";
      boolean wellFormed = tier != null && tier.minQuantity() != null && tier.price() != null;
      v.require(wellFormed, field, "needs minQuantity and price");
      if (!wellFormed) {
        continue;
      }
      v.require(tier.minQuantity() >= 2, field + ".minQuantity", "must be at least 2 (quantity 1 pays the contract price)")
          .require(seen.add(tier.minQuantity()), field + ".minQuantity", "appears twice")
          .require(previousQuantity == null || tier.minQuantity() > previousQuantity, field + ".minQuantity",
              "tiers must be in rising order of quantity")
          .require(previousPrice == null || tier.price().amount().compareTo(previousPrice.amount()) <= 0,
              field + ".price", "must not be above the price for smaller quantities");
      previousQuantity = tier.minQuantity();
      previousPrice = tier.price();
    }
    v.orThrow();
  }

  private static void requireSameCurrency(NewContract terms, Money listPrice) {
    boolean same = terms.price().currency().equals(listPrice.currency())
        && (terms.tiers() == null || terms.tiers().stream().allMatch(t -> t.price().currency().equals(listPrice.currency())));
    if (!same) {
      throw InvalidInputException.of("price", "must be in the listing's currency, " + listPrice.currency());
    }
  }
}
