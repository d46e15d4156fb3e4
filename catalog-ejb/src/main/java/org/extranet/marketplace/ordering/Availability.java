// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.ordering;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.extranet.marketplace.catalog.ProductCatalog;
import org.extranet.marketplace.catalog.ProductRelations;
import org.extranet.marketplace.catalog.ProductView;
import org.extranet.marketplace.ordering.upstream.InventoryInquiryClient;
import org.extranet.marketplace.ordering.upstream.UpstreamPartner;
import org.extranet.marketplace.ordering.upstream.UpstreamPartners;
import org.extranet.marketplace.ordering.upstream.UpstreamStock;
import org.extranet.marketplace.shared.InvalidInputException;
import org.extranet.marketplace.shared.NotFoundException;

/**
 * Can the buyer have this quantity, and when? The supplier's stock first; when it is short, the supplier's
 * upstream tiers are asked in parallel through InventoryInquiry (bounded timeouts: a tier that does not answer
 * is reported UNKNOWN, never an error for the buyer). The options are what the buyer may choose on the order
 * line: SHIP_NOW, BACKORDER (supplier's lead time), WAIT (an upstream tier's date), SUBSTITUTE (an in-stock
 * alternative from the product's relations or its category).
 */
@Stateless
public class Availability {

  /** A source of supply and what it said; {@code available} null when it could not be asked or did not answer. */
  public record Tier(String tier, String name, Integer available, LocalDate earliestDate) {
    public boolean isKnown() {
      return available != null;
    }
  }

  /** A way to supply the line. {@code productId} is the substitute's for SUBSTITUTE, else the product's. */
  public record Option(LineAvailability kind, int quantity, LocalDate date, Long productId, String productName) {}

  /** The answer for one product and quantity. */
  public record Answer(Long productId, int requested, int available, List<Tier> tiers, List<Option> options) {}

  public static final String SUPPLIER = "SUPPLIER";
  private static final int MAX_SUBSTITUTES = 3;

  @Inject ProductCatalog catalog;
  @Inject ProductRelations relations;
  @Inject UpstreamPartners upstreamPartners;
  @Inject InventoryInquiryClient inquiry;
  @Inject Clock clock;
  @Resource ManagedExecutorService executor;

  public Answer check(Long productId, Integer quantity) {
    if (quantity == null || quantity < 1 || quantity > Cart.MAX_QUANTITY) {
      throw InvalidInputException.of("quantity", "must be a whole number from 1 to " + Cart.MAX_QUANTITY);
    }
    ProductView product = catalog.product(productId); // 404 for what the caller may not see
    LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    List<Tier> tiers = new ArrayList<>(List.of(new Tier(SUPPLIER, product.supplierName(), product.stock(), today)));
    List<Option> options = new ArrayList<>();
    if (product.stock() >= quantity) {
      options.add(new Option(LineAvailability.SHIP_NOW, quantity, today, product.id(), product.name()));
      return new Answer(product.id(), quantity, product.stock(), tiers, options);
    }
    int shortfall = quantity - Math.max(0, product.stock());
    List<Tier> upstream = askUpstream(product, shortfall);
    tiers.addAll(upstream);
    if (product.stock() > 0) {
      options.add(new Option(LineAvailability.SHIP_NOW, product.stock(), today, product.id(), product.name()));
    }
    options.add(new Option(LineAvailability.BACKORDER, shortfall, today.plusDays(product.leadTimeDays()), product.id(), product.name()));
    upstream.stream()
        .filter(t -> t.isKnown() && t.available() >= shortfall && t.earliestDate() != null)
        .min(Comparator.comparing(Tier::earliestDate))
        .ifPresent(t -> options.add(new Option(LineAvailability.WAIT, quantity, t.earliestDate(), product.id(), product.name())));
    substitutes(product, quantity).forEach(s ->
        options.add(new Option(LineAvailability.SUBSTITUTE, quantity, today, s.id(), s.name())));
    return new Answer(product.id(), quantity, product.stock(), tiers, options);
  }

  /** For the request's WAIT lines, the date an upstream tier can deliver by (lines without one are left out). */
  public Map<Long, LocalDate> waitDates(OrderRequest request) {
    Map<Long, LocalDate> dates = new HashMap<>();
    for (OrderRequest.Line line : request.lines()) {
      if (line != null && line.shortage() == ShortageChoice.WAIT && line.productId() != null && line.quantity() != null
          && line.quantity() > 0 && line.quantity() <= Cart.MAX_QUANTITY) {
        waitOption(line.productId(), line.quantity()).ifPresent(date -> dates.put(line.productId(), date));
      }
    }
    return dates;
  }

  private Optional<LocalDate> waitOption(Long productId, int quantity) {
    try {
      return check(productId, quantity).options().stream()
          .filter(o -> o.kind() == LineAvailability.WAIT).map(Option::date).findFirst();
    } catch (NotFoundException e) {
      return Optional.empty(); // placing the order names the line
    }
  }

  private List<Tier> askUpstream(ProductView product, int shortfall) {
    List<UpstreamPartner> partners = upstreamPartners.of(product.supplierId());
    List<CompletableFuture<Tier>> asked = partners.stream()
        .map(p -> CompletableFuture.supplyAsync(() -> ask(p, product, shortfall), executor))
        .toList();
    return asked.stream().map(CompletableFuture::join).toList();
  }

  private Tier ask(UpstreamPartner partner, ProductView product, int shortfall) {
    Optional<UpstreamStock> answer = inquiry.ask(partner.endpointUrl(), product.sku(), shortfall, product.supplierName());
    return answer.map(a -> new Tier(partner.tier().name(), partner.name(), a.available(), a.earliestDate()))
        .orElse(new Tier(partner.tier().name(), partner.name(), null, null));
  }

  /** In-stock alternatives the buyer may order: the product's explicit ones first, then its category's. */
  private List<ProductView> substitutes(ProductView product, int quantity) {
    return relations.alternatives(product.id()).stream()
        .filter(a -> a.stock() >= quantity && quantity >= a.minimumOrderQuantity() && quantity % a.packSize() == 0)
        .limit(MAX_SUBSTITUTES)
        .toList();
  }
}
