// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.portal.catalog;

import java.io.Serializable;
import org.extranet.marketplace.catalog.ProductView;

/** A product as a buyer sees it in the portal (Faces EL cannot read records). */
public class ProductRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private final ProductView view;

  ProductRow(ProductView view) {
    this.view = view;
  }

  public Long getId() { return view.id(); }
  public String getSku() { return view.sku(); }
  public String getName() { return view.name(); }
  public String getDescription() { return view.description(); }
  public String getSupplierName() { return view.supplierName(); }
  public String getCategoryCode() { return view.category(); }
  public String getCategory() { return view.categoryTitle(); }
  public String getUnit() { return view.unit(); }
  public String getKind() { return view.kind().name(); }
  public boolean isDigital() { return view.digital() != null; }
  public String getPrice() { return view.price().toString(); }
  public String getListPrice() { return view.listPrice().toString(); }
  /** The caller pays less than list: a contract price. */
  public boolean isDiscounted() { return view.price().amount().compareTo(view.listPrice().amount()) < 0; }
  public int getStock() { return view.stock(); }
  public boolean isInStock() { return view.stock() > 0; }
  public int getMinimumOrderQuantity() { return view.minimumOrderQuantity(); }
  public int getPackSize() { return view.packSize(); }
  public int getLeadTimeDays() { return view.leadTimeDays(); }
  public String getLicenceType() { return view.digital() == null ? null : String.valueOf(view.digital().licenceType()); }
  public String getDownloadUrl() { return view.digital() == null ? null : view.digital().downloadUrl(); }
  public String getTrainingUrl() { return view.digital() == null ? null : view.digital().trainingUrl(); }
}
