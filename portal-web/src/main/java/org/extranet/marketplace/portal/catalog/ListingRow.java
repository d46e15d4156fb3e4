// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.portal.catalog;

import java.math.BigDecimal;
import org.extranet.marketplace.catalog.Listing;
import org.extranet.marketplace.catalog.ProductView;
import org.extranet.marketplace.shared.Money;

/** One of the supplier's listings in its table; name, price, stock and terms are edited in place. */
public class ListingRow {

  private final ProductView view;
  private String name;
  private BigDecimal price;
  private Integer stock;
  private Integer minimumOrderQuantity;
  private Integer packSize;
  private Integer leadTimeDays;

  ListingRow(ProductView view) {
    this.view = view;
    this.name = view.name();
    this.price = view.listPrice().amount();
    this.stock = view.stock();
    this.minimumOrderQuantity = view.minimumOrderQuantity();
    this.packSize = view.packSize();
    this.leadTimeDays = view.leadTimeDays();
  }

  /** The listing as edited, everything not editable here as it was. */
  Listing revised() {
    return new Listing(view.sku(), name, view.description(), view.category(), view.unit(), view.kind(),
        price == null ? null : Money.of(price, view.listPrice().currency()), stock, minimumOrderQuantity, packSize,
        leadTimeDays, view.digital(), view.contractOnly());
  }

  public String getSku() { return view.sku(); }
  public String getCategory() { return view.categoryTitle(); }
  public String getUnit() { return view.unit(); }
  public String getKind() { return view.kind().name(); }
  public String getCurrency() { return view.listPrice().currency(); }
  public boolean isContractOnly() { return view.contractOnly(); }
  public boolean isOutOfStock() { return view.stock() == 0; }

  public String getName() { return name; }
  public void setName(String name) { this.name = name; }
  public BigDecimal getPrice() { return price; }
  public void setPrice(BigDecimal price) { this.price = price; }
  public Integer getStock() { return stock; }
  public void setStock(Integer stock) { this.stock = stock; }
  public Integer getMinimumOrderQuantity() { return minimumOrderQuantity; }
  public void setMinimumOrderQuantity(Integer moq) { this.minimumOrderQuantity = moq; }
  public Integer getPackSize() { return packSize; }
  public void setPackSize(Integer packSize) { this.packSize = packSize; }
  public Integer getLeadTimeDays() { return leadTimeDays; }
  public void setLeadTimeDays(Integer leadTimeDays) { this.leadTimeDays = leadTimeDays; }
}
