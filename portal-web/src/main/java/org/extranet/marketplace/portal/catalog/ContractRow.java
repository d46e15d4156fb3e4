// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.portal.catalog;

import java.io.Serializable;
import java.util.stream.Collectors;
import org.extranet.marketplace.catalog.pricing.ContractView;

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
  public String getListPrice() { return contract.listPrice().toString(); }
  public String getPrice() { return contract.price().toString(); }
  public String getValidity() {
    return contract.validFrom() + (contract.validTo() == null ? " onwards" : " to " + contract.validTo());
  }
  public String getTiers() {
    return contract.tiers().stream().map(t -> "from " + t.minQuantity() + ": " + t.price()).collect(Collectors.joining("; "));
  }
}
