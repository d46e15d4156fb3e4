// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.portal.ordering;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.extranet.marketplace.ordering.Cart;
import org.extranet.marketplace.ordering.QuickOrder;
import org.extranet.marketplace.portal.shell.Outcomes;

/** The buyer's cart: its lines, why some dropped out, quick order by pasting SKU lines, re-confirming prices. */
@Named("cartPage")
@ViewScoped
public class CartPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient Cart cart;
  @Inject transient QuickOrder quickOrder;

  private List<CartRow> lines = List.of();
  private List<String> unavailable = List.of();
  private String pasted;

  @PostConstruct
  void load() {
    lines = cart.lines().stream().map(CartRow::new).toList();
    unavailable = cart.unavailable().stream().map(u -> "Product " + u.productId() + ": " + u.reason()).toList();
  }

  public void paste() {
    if (Outcomes.run(() -> quickOrder.paste(pasted), "Added to your cart")) {
      pasted = null;
    }
    load();
  }

  public void remove(CartRow row) {
    Outcomes.run(() -> cart.remove(row.getProductId()), row.getSku() + " taken out of your cart");
    load();
  }

  public void reconfirmPrices() {
    Outcomes.run(cart::reconfirmPrices, "You accepted today's prices");
    load();
  }

  public List<CartRow> getLines() { return lines; }
  public List<String> getUnavailable() { return unavailable; }
  public boolean isRepriced() { return lines.stream().anyMatch(CartRow::isRepriced); }
  public String getPasted() { return pasted; }
  public void setPasted(String pasted) { this.pasted = pasted; }
}
