// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.extranet.marketplace.catalog.pricing.ContractPrice;
import org.extranet.marketplace.catalog.pricing.ContractRepository;
import org.extranet.marketplace.catalog.pricing.PriceResolution;
import org.extranet.marketplace.organization.Caller;
import org.extranet.marketplace.organization.MemberRole;
import org.extranet.marketplace.shared.Money;

/**
 * The price the caller pays, resolved by {@link PriceResolution} in one place so that every page, detail and
 * channel shows the same: a buyer's people (and systems) pay their organization's contract price where one
 * is valid today; everyone else sees the list price.
 */
@ApplicationScoped
public class CallerPrices {

  @Inject Caller caller;
  @Inject ContractRepository contracts;
  @Inject Clock clock;

  /** Unit prices at quantity 1 for a page of listings, with one query for all their contracts. */
  public Map<Long, Money> of(List<Product> products) {
    Map<Long, List<PriceResolution.Terms>> terms = contractTerms(products.stream().map(Product::id).toList());
    LocalDate today = today();
    Map<Long, Money> prices = new HashMap<>();
    for (Product p : products) {
      prices.put(p.id(), PriceResolution.resolve(p.listPrice(), terms.getOrDefault(p.id(), List.of()), today, 1).unitPrice());
    }
    return prices;
  }

  /** What the caller pays per unit for {@code quantity} of the product today, and why. */
  public PriceResolution.Resolved priceFor(Product product, int quantity) {
    return PriceResolution.resolve(product.listPrice(), contractTerms(List.of(product.id())).getOrDefault(product.id(), List.of()),
        today(), quantity);
  }

  private Map<Long, List<PriceResolution.Terms>> contractTerms(List<Long> productIds) {
    if (!isBuyerSide()) {
      return Map.of();
    }
    return contracts.ofBuyer(caller.organizationId(), productIds).stream()
        .collect(Collectors.groupingBy(ContractPrice::productId, Collectors.mapping(ContractPrice::terms, Collectors.toList())));
  }

  private boolean isBuyerSide() {
    return caller.isEstablished() && (caller.hasRole(MemberRole.BUYER) || caller.hasRole(MemberRole.APPROVER)
        || caller.hasRole(MemberRole.PARTNER_INTEGRATION));
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(ZoneOffset.UTC));
  }
}
