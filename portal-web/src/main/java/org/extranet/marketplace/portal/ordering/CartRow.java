// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.portal.ordering;

import java.io.Serializable;
import java.math.BigDecimal;
import org.extranet.marketplace.ordering.Cart;
import org.extranet.marketplace.shared.Money;

/** A cart line as the cart and checkout pages show it. */
public class CartRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private final Long productId;
  private final String sku;
  private final String name;
  private final String supplierName;
  private final int quantity;
  private final Money agreedPrice;
  private final Money price;

  CartRow(Cart.Line line) {
    this.productId = line.product().id();
    this.sku = line.product().sku();
    this.name = line.product().name();
    this.supplierName = line.product().supplierName();
    this.quantity = line.quantity();
    this.agreedPrice = line.agreedPrice();
    this.price = line.price();
  }

  Money agreedPrice() { return agreedPrice; }

  public Long getProductId() { return productId; }
  public String getSku() { return sku; }
  public String getName() { return name; }
  public String getSupplierName() { return supplierName; }
  public int getQuantity() { return quantity; }
  public String getPrice() { return price.toString(); }
  public String getAgreedPrice() { return agreedPrice.toString(); }
  public boolean isRepriced() { return !agreedPrice.sameValueAs(price); }
  public String getAmount() {
    return Money.of(price.amount().multiply(BigDecimal.valueOf(quantity)), price.currency()).toString();
  }
}
