// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.portal.catalog;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.extranet.marketplace.catalog.ProductCatalog;
import org.extranet.marketplace.catalog.ProductRelations;
import org.extranet.marketplace.ordering.Cart;
import org.extranet.marketplace.portal.shell.Outcomes;
import org.extranet.marketplace.shared.NotFoundException;

/**
 * One product for a buyer: its price, stock, lead time, terms and digital delivery, its accessories and
 * bundles, alternatives in stock first; add it to the cart.
 */
@Named("productPage")
@ViewScoped
public class ProductPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient ProductCatalog catalog;
  @Inject transient Cart cart;
  @Inject transient ProductRelations relations;

  private Long id;
  private ProductRow product;
  private Integer quantity;
  private List<RelatedRow> related = List.of();
  private List<ProductRow> alternatives = List.of();

  /** f:viewAction: loads the product named by ?id= (404 page for one the caller may not see). */
  public void load() throws IOException {
    try {
      product = new ProductRow(catalog.product(id));
      related = relations.of(id).stream().map(RelatedRow::new).toList();
      alternatives = relations.alternatives(id).stream().limit(6).map(ProductRow::new).toList();
    } catch (NotFoundException e) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext().responseSendError(404, "No such product");
      faces.responseComplete();
    }
  }

  public void addToCart() {
    Outcomes.run(() -> cart.add(id, quantity), quantity + " × " + product.getName() + " added to your cart");
  }

  /** What the quantity field starts with: the least the listing lets one order. */
  public Integer getQuantity() {
    return quantity == null && product != null ? Integer.valueOf(product.getMinimumOrderQuantity()) : quantity;
  }

  public void setQuantity(Integer quantity) { this.quantity = quantity; }
  public List<RelatedRow> getAccessories() {
    return related.stream().filter(r -> !r.getKind().equals("ALTERNATIVE")).toList();
  }

  public List<ProductRow> getAlternatives() { return alternatives; }
  public Long getId() { return id; }
  public void setId(Long id) { this.id = id; }
  public ProductRow getProduct() { return product; }
}
