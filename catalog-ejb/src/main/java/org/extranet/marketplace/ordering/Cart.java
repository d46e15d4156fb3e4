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
import org.extranet.marketplace.catalog.ProductCatalog;
import org.extranet.marketplace.catalog.ProductView;
import org.extranet.marketplace.organization.Caller;
import org.extranet.marketplace.organization.MemberRole;
import org.extranet.marketplace.shared.InvalidInputException;
import org.extranet.marketplace.shared.NotFoundException;

/**
 * The caller's cart. A product goes in only if the caller may see it (ACTIVE supplier, not withdrawn,
 * contract-only rule) and in a quantity the listing allows: at least its minimum order quantity, in
 * whole packs. Adding a product that is already in the cart adds to its quantity.
 */
@Stateless
public class Cart {

  /** A line as the cart shows it: the product as the caller sees it now, and the quantity. */
  public record Line(ProductView product, int quantity) {}

  public static final int MAX_QUANTITY = 1_000_000;

  @Inject Caller caller;
  @Inject ProductCatalog catalog;
  @Inject Clock clock;
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
    line.setQuantity(total);
    return new Line(product, total);
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
    return lines.stream().filter(l -> visible.containsKey(l.productId()))
        .map(l -> new Line(visible.get(l.productId()), l.quantity())).toList();
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
    if (added == null || added < 1 || total > MAX_QUANTITY) {
      throw InvalidInputException.of("quantity", "must be a whole number from 1 to " + MAX_QUANTITY);
    }
    if (total < product.minimumOrderQuantity()) {
      throw InvalidInputException.of("quantity", "the minimum order quantity of " + product.sku() + " is " + product.minimumOrderQuantity());
    }
    if (total % product.packSize() != 0) {
      throw InvalidInputException.of("quantity", product.sku() + " comes in packs of " + product.packSize() + "; order a multiple of it");
    }
  }

  private String owner() {
    return caller.email().orElse(caller.organizationId());
  }
}
