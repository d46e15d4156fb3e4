// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.extranet.marketplace.catalog.pricing.ContractPrice;
import org.extranet.marketplace.catalog.pricing.ContractRepository;
import org.extranet.marketplace.catalog.pricing.PriceResolution;
import org.extranet.marketplace.supplier.SupplierStanding;

/**
 * What one buyer organization may order, and at what price for the quantity: the catalog's answer to
 * ordering, whoever keys the order (the buyer's people, its systems, or an order desk keying a phone order
 * for it). Orderable means an ACTIVE supplier's live listing — contract-only ones only under a contract —
 * the same rule the buyer's searches follow; the price is {@link PriceResolution}'s.
 */
@ApplicationScoped
public class BuyerOffers {

  /** A product the buyer may order, and the unit price at the asked quantity. */
  public record Offer(ProductView product, PriceResolution.Resolved price) {}

  /**
   * The offers by product id, and the asked products that exist but whose supplier is not ACTIVE in the
   * network (suspended, lapsed): the one reason for refusal worth telling a buyer who had them in a cart.
   */
  public record Offers(Map<Long, Offer> orderable, Set<Long> supplierNotActive) {}

  @Inject ProductRepository products;
  @Inject ProductViews views;
  @Inject SupplierStanding standing;
  @Inject ContractRepository contracts;
  @Inject Clock clock;

  /**
   * The offers for those of the products the buyer may order; a product missing from them is not orderable
   * (unknown, withdrawn, not ACTIVE supplier, or contract-only without a contract).
   */
  public Offers forBuyer(String buyerOrganizationId, Map<Long, Integer> quantities) {
    List<Product> found = products.byIds(quantities.keySet());
    Map<Long, List<ContractPrice>> held = contracts.ofBuyer(buyerOrganizationId, quantities.keySet()).stream()
        .collect(Collectors.groupingBy(ContractPrice::productId));
    Set<String> active = standing.activeSupplierIds();
    LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    Map<Long, PriceResolution.Resolved> resolved = new java.util.HashMap<>();
    for (Product p : found) {
      List<PriceResolution.Terms> terms = held.getOrDefault(p.id(), List.of()).stream().map(ContractPrice::terms).toList();
      resolved.put(p.id(), PriceResolution.resolve(p.listPrice(), terms, today, quantities.get(p.id())));
    }
    Map<Long, ProductView> viewed = views.of(found, resolved.entrySet().stream()
            .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().unitPrice())))
        .stream().collect(Collectors.toMap(ProductView::id, v -> v));
    Map<Long, Offer> offers = new LinkedHashMap<>();
    Set<Long> supplierNotActive = new java.util.HashSet<>();
    for (Product p : found) {
      List<ContractPrice> contractsHeld = held.getOrDefault(p.id(), List.of());
      if (p.isWithdrawn() || (p.isContractOnly() && contractsHeld.isEmpty())) {
        continue;
      }
      if (!active.contains(p.supplierId())) {
        supplierNotActive.add(p.id());
        continue;
      }
      offers.put(p.id(), new Offer(viewed.get(p.id()), resolved.get(p.id())));
    }
    return new Offers(offers, supplierNotActive);
  }
}
