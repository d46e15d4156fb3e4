// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.portal.catalog;

import java.io.Serializable;
import org.extranet.marketplace.catalog.ProductCatalog;

/** One facet value in the portal's side bar (Faces EL cannot read records). */
public class FacetRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String value;
  private final String name;
  private final long count;
  private final boolean chosen;

  FacetRow(ProductCatalog.Facet facet, boolean chosen) {
    this.value = facet.value();
    this.name = facet.name();
    this.count = facet.count();
    this.chosen = chosen;
  }

  public String getValue() { return value; }
  public String getName() { return name; }
  public long getCount() { return count; }
  public boolean isChosen() { return chosen; }
}
