// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.portal.catalog;

import java.io.Serializable;
import java.util.stream.Collectors;
import org.extranet.marketplace.catalog.pricing.ContractView;
import org.extranet.marketplace.shared.Money;

/** One contract price in the supplier's table (Faces EL cannot read records). */
public class ContractRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private final ContractView contract;

  ContractRow(ContractView contract) {
    this.contract = contract;
  }

  public Long getId() { return contract.id(); }
  public String getBuyer() { return contract.buyerName(); }
  public String getSku() { return contract.sku(); }
  public String getProduct() { return contract.productName(); }
  public String getListPrice() { return format(contract.listPrice()); }
  public String getPrice() { return format(contract.price()); }
  public String getValidity() {
    return contract.validFrom() + (contract.validTo() == null ? " onwards" : " to " + contract.validTo());
  }
  public String getTiers() {
    return contract.tiers().stream().map(t -> "from " + t.minQuantity() + ": " + format(t.price())).collect(Collectors.joining("; "));
  }

  private static String format(Money money) {
    return money.amount().toPlainString() + " " + money.currency();
  }
}
