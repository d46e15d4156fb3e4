// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.portal.catalog;

import java.io.Serializable;
import org.extranet.marketplace.catalog.RelatedProduct;

/** An accessory or bundle partner on a product page (Faces EL cannot read records). */
public class RelatedRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String kind;
  private final ProductRow product;
  private final String bundlePrice;

  RelatedRow(RelatedProduct related) {
    this.kind = related.kind().name();
    this.product = new ProductRow(related.product());
    this.bundlePrice = related.bundlePrice() == null ? null : related.bundlePrice().toString();
  }

  public String getKind() { return kind; }
  public ProductRow getProduct() { return product; }
  public String getBundlePrice() { return bundlePrice; }
}
