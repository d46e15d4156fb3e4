// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.ordering;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Optional;
import org.extranet.marketplace.catalog.BuyerOffers;
import org.extranet.marketplace.catalog.ProductCatalog;
import org.extranet.marketplace.catalog.ProductView;
import org.extranet.marketplace.organization.Caller;
import org.extranet.marketplace.organization.MemberRole;
import org.extranet.marketplace.shared.InvalidInputException;
import org.extranet.marketplace.shared.Money;
import org.extranet.marketplace.shared.NotFoundException;

/**
 * The caller's cart. A product goes in only if the caller may see it (ACTIVE supplier, not withdrawn,
 * contract-only rule) and in a quantity the listing allows: at least its minimum order quantity, in
 * whole packs. Adding a product that is already in the cart adds to its quantity.
 */
@Stateless
public class Cart {

  /**
   * A line as the cart shows it: the product as the caller sees it now, the quantity, the unit price the
   * buyer agreed to when adding it, and the unit price for that quantity now. Checkout sends the agreed
   * price; when it differs from today's, ordering refuses the line until the buyer re-confirms.
   */
  public record Line(ProductView product, int quantity, Money agreedPrice, Money price) {
    public boolean isRepriced() {
      return agreedPrice != null && !agreedPrice.sameValueAs(price);
    }
  }

  public static final int MAX_QUANTITY = 1_000_000;

  @Inject Caller caller;
  @Inject ProductCatalog catalog;
  @Inject Clock clock;
  @Inject BuyerOffers offers;
  @PersistenceContext EntityManager em;

  /** Puts {@code quantity} more of the product in the cart; returns the line as it now stands. */
  public Line add(Long productId, Integer quantity) {
    caller.require(MemberRole.BUYER, MemberRole.APPROVER);
    ProductView product = catalog.product(productId); // 404 for a product the caller may not see
    Optional<CartLine> existing = line(productId);
    int total = (quantity == null ? 0 : quantity) + existing.map(CartLine::quantity).orElse(0);
    requireOrderable(product, quantity, total);
    CartLine line = existing.orElseGet(() -> {
      CartLine added = new CartLine(caller.organizationId(), owner(), productId, total, clock.instant());
      em.persist(added);
      return added;
    });
    Money price = priceFor(productId, total).orElse(product.price());
    line.setQuantity(total, price);
    return new Line(product, total, price, price);
  }

  /** Takes the product out of the cart (404 when it is not in it). */
  public void remove(Long productId) {
    caller.require(MemberRole.BUYER, MemberRole.APPROVER);
    em.remove(line(productId).orElseThrow(() -> new NotFoundException("Cart line", productId)));
  }

  /** The cart's lines whose products the caller may still see, oldest first. */
  public List<Line> lines() {
    caller.require(MemberRole.BUYER, MemberRole.APPROVER);
    List<CartLine> lines = em.createQuery(
            "select l from CartLine l where l.organizationId = :org and l.owner = :owner order by l.addedAt, l.id", CartLine.class)
        .setParameter("org", caller.organizationId())
        .setParameter("owner", owner())
        .getResultList();
    // a suspended supplier's or withdrawn product drops out here; issue #6's cart page shows why
    Map<Long, ProductView> visible = catalog.visible(lines.stream().map(CartLine::productId).toList()).stream()
        .collect(Collectors.toMap(ProductView::id, p -> p));
    Map<Long, Integer> quantities = lines.stream().collect(Collectors.toMap(CartLine::productId, CartLine::quantity));
    Map<Long, BuyerOffers.Offer> now = offers.forBuyer(caller.organizationId(), quantities).orderable();
    return lines.stream().filter(l -> visible.containsKey(l.productId()))
        .map(l -> {
          ProductView product = visible.get(l.productId());
          Money price = Optional.ofNullable(now.get(l.productId())).map(o -> o.price().unitPrice()).orElse(product.price());
          return new Line(product, l.quantity(), l.agreedPrice() == null ? price : l.agreedPrice(), price);
        }).toList();
  }

  /** A cart line that can no longer be ordered, and why: shown so that nothing disappears unexplained. */
  public record Unavailable(Long productId, String reason) {}

  /** The cart's lines the caller can no longer order (a suspended supplier's, a withdrawn listing …). */
  public List<Unavailable> unavailable() {
    caller.require(MemberRole.BUYER, MemberRole.APPROVER);
    List<CartLine> lines = em.createQuery(
            "select l from CartLine l where l.organizationId = :org and l.owner = :owner order by l.addedAt, l.id", CartLine.class)
        .setParameter("org", caller.organizationId())
        .setParameter("owner", owner())
        .getResultList();
    BuyerOffers.Offers now = offers.forBuyer(caller.organizationId(),
        lines.stream().collect(Collectors.toMap(CartLine::productId, CartLine::quantity)));
    return lines.stream().filter(l -> !now.orderable().containsKey(l.productId()))
        .map(l -> new Unavailable(l.productId(), now.supplierNotActive().contains(l.productId())
            ? "its supplier is not active in the network (suspended or lapsed)"
            : "it is no longer listed"))
        .toList();
  }

  /** The buyer accepts today's prices for every line of the cart (after checkout refused re-priced lines). */
  public List<Line> reconfirmPrices() {
    caller.require(MemberRole.BUYER, MemberRole.APPROVER);
    List<Line> current = lines();
    Map<Long, Money> prices = current.stream().collect(Collectors.toMap(l -> l.product().id(), Line::price));
    em.createQuery("select l from CartLine l where l.organizationId = :org and l.owner = :owner", CartLine.class)
        .setParameter("org", caller.organizationId())
        .setParameter("owner", owner())
        .getResultList()
        .forEach(l -> Optional.ofNullable(prices.get(l.productId())).ifPresent(l::agreeTo));
    return current.stream().map(l -> new Line(l.product(), l.quantity(), l.price(), l.price())).toList();
  }

  private Optional<Money> priceFor(Long productId, int quantity) {
    return Optional.ofNullable(offers.forBuyer(caller.organizationId(), Map.of(productId, quantity)).orderable().get(productId))
        .map(o -> o.price().unitPrice());
  }

  private Optional<CartLine> line(Long productId) {
    return em.createQuery(
            "select l from CartLine l where l.organizationId = :org and l.owner = :owner and l.productId = :product",
            CartLine.class)
        .setParameter("org", caller.organizationId())
        .setParameter("owner", owner())
        .setParameter("product", productId)
        .getResultStream()
        .findFirst();
  }

  private static void requireOrderable(ProductView product, Integer added, int total) {
    if (added == null || added < 1) {
      throw InvalidInputException.of("quantity", "must be a whole number from 1 to " + MAX_QUANTITY);
    }
    problemWith(product, total).ifPresent(problem -> {
      throw InvalidInputException.of("quantity", problem);
    });
  }

  /** Why the listing does not allow this quantity (range, minimum order quantity, whole packs), if it does not. */
  public static Optional<String> problemWith(ProductView product, int quantity) {
    if (quantity < 1 || quantity > MAX_QUANTITY) {
      return Optional.of("must be a whole number from 1 to " + MAX_QUANTITY);
    }
    if (quantity < product.minimumOrderQuantity()) {
      return Optional.of("the minimum order quantity of " + product.sku() + " is " + product.minimumOrderQuantity());
    }
    if (quantity % product.packSize() != 0) {
      return Optional.of(product.sku() + " comes in packs of " + product.packSize() + "; order a multiple of it");
    }
    return Optional.empty();
  }

  private String owner() {
    return caller.email().orElse(caller.organizationId());
  }
}
