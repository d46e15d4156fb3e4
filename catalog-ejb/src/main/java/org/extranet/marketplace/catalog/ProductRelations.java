// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.catalog;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.extranet.marketplace.shared.ConflictException;
import org.extranet.marketplace.shared.InvalidInputException;
import org.extranet.marketplace.shared.Money;
import org.extranet.marketplace.shared.NotFoundException;
import org.extranet.marketplace.shared.Validation;

/**
 * Relations between listings: a supplier relates its own listing to an ALTERNATIVE (any product it can
 * see), an ACCESSORY or a BUNDLE partner (its own products). Buyers see only relations to products they
 * may see themselves, and alternatives in stock first.
 */
@Stateless
public class ProductRelations {

  private static final int CATEGORY_PEERS = 10;

  @Inject ListingAllowance allowance;
  @Inject ProductRepository products;
  @Inject ProductCatalog catalog;
  @Inject Clock clock;
  @PersistenceContext EntityManager em;

  /** Relates the caller's listing {@code sku} to {@code relatedProductId}; 409 when already so related. */
  public RelatedProduct relate(String sku, Long relatedProductId, RelationKind kind, Money bundlePrice) {
    String supplierId = allowance.requireMemberSupplier();
    Product product = products.bySku(supplierId, sku == null ? null : sku.strip()).filter(p -> !p.isWithdrawn())
        .orElseThrow(() -> new NotFoundException("Listing", sku));
    new Validation()
        .require(kind != null, "kind", "must be ALTERNATIVE, ACCESSORY or BUNDLE")
        .require(relatedProductId != null && !relatedProductId.equals(product.id()), "relatedProductId",
            "must name another product")
        .require(kind != RelationKind.BUNDLE || (bundlePrice != null && bundlePrice.amount().signum() >= 0), "bundlePrice",
            "is required for a BUNDLE: what the two cost together")
        .require(kind == RelationKind.BUNDLE || bundlePrice == null, "bundlePrice", "only a BUNDLE has a bundle price")
        .orThrow();
    ProductView related = catalog.product(relatedProductId); // 404 for a product the caller may not see
    if (kind != RelationKind.ALTERNATIVE && !related.supplierId().equals(supplierId)) {
      throw InvalidInputException.of("relatedProductId", "accessories and bundles relate your own listings");
    }
    if (find(product.id(), relatedProductId, kind).isPresent()) {
      throw new ConflictException(product.sku() + " is already related to product " + relatedProductId + " as " + kind);
    }
    em.persist(new ProductRelation(product.id(), relatedProductId, kind, bundlePrice, clock.instant()));
    return new RelatedProduct(kind, related, bundlePrice);
  }

  public void unrelate(String sku, Long relatedProductId, RelationKind kind) {
    String supplierId = allowance.requireMemberSupplier();
    Product product = products.bySku(supplierId, sku == null ? null : sku.strip())
        .orElseThrow(() -> new NotFoundException("Listing", sku));
    em.remove(find(product.id(), relatedProductId, kind).orElseThrow(() -> new NotFoundException("Relation", relatedProductId)));
  }

  /** The product's relations to products the caller may see, by kind. */
  public List<RelatedProduct> of(Long productId) {
    catalog.product(productId); // 404 when the caller may not see the product itself
    List<ProductRelation> relations = relations(productId);
    Map<Long, ProductView> visible = visibleById(relations);
    List<RelatedProduct> related = new ArrayList<>();
    for (ProductRelation relation : relations) {
      ProductView product = visible.get(relation.relatedProductId());
      if (product != null) {
        related.add(new RelatedProduct(relation.kind(), product, relation.bundlePrice()));
      }
    }
    related.sort(Comparator.comparing(RelatedProduct::kind));
    return related;
  }

  /**
   * What could replace the product: its explicit alternatives and other products of its category, those in
   * stock first, then explicit ones before category peers, then the cheapest for the caller.
   */
  public List<ProductView> alternatives(Long productId) {
    ProductView product = catalog.product(productId);
    Map<Long, ProductView> found = new LinkedHashMap<>(visibleById(relations(productId).stream()
        .filter(r -> r.kind() == RelationKind.ALTERNATIVE).toList()));
    int explicit = found.size();
    ProductCatalog.Search sameCategory = new ProductCatalog.Search(null, product.category(), null, false);
    catalog.search(sameCategory, 0, CATEGORY_PEERS + 1).items().stream()
        .filter(p -> !p.id().equals(productId))
        .limit(CATEGORY_PEERS)
        .forEach(p -> found.putIfAbsent(p.id(), p));
    List<Long> explicitIds = found.keySet().stream().limit(explicit).toList();
    return found.values().stream()
        .sorted(Comparator.comparing((ProductView p) -> p.stock() == 0)
            .thenComparing(p -> !explicitIds.contains(p.id()))
            .thenComparing(p -> p.price().amount()))
        .toList();
  }

  /** The related products the caller may see, in the relations' order. */
  private Map<Long, ProductView> visibleById(List<ProductRelation> relations) {
    Map<Long, ProductView> visible = new LinkedHashMap<>();
    catalog.visible(relations.stream().map(ProductRelation::relatedProductId).toList()).forEach(p -> visible.put(p.id(), p));
    return visible;
  }

  private List<ProductRelation> relations(Long productId) {
    return em.createQuery("select r from ProductRelation r where r.productId = :product order by r.id", ProductRelation.class)
        .setParameter("product", productId)
        .getResultList();
  }

  private Optional<ProductRelation> find(Long productId, Long relatedProductId, RelationKind kind) {
    return em.createQuery("select r from ProductRelation r where r.productId = :product and r.relatedProductId = :related"
            + " and r.kind = :kind", ProductRelation.class)
        .setParameter("product", productId)
        .setParameter("related", relatedProductId)
        .setParameter("kind", kind)
        .getResultStream()
        .findFirst();
  }
}
