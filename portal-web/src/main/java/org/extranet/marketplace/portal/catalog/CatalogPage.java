// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.portal.catalog;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.extranet.marketplace.catalog.ProductCatalog;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The buyer's catalog: a search box, facets, and results loaded a page at a time. */
@Named("catalogPage")
@ViewScoped
public class CatalogPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient ProductCatalog catalog;

  private String keyword;
  private String supplierId;
  private final LazyDataModel<ProductRow> results = new Results();

  public LazyDataModel<ProductRow> getResults() {
    return results;
  }

  /** Search again from the first page (the table resets its paginator on update). */
  public void search() {
    // the lazy model reads keyword and filters when the table reloads
  }

  public String getKeyword() { return keyword; }
  public void setKeyword(String keyword) { this.keyword = keyword; }
  public String getSupplierId() { return supplierId; }
  public void setSupplierId(String supplierId) { this.supplierId = supplierId; }

  private class Results extends LazyDataModel<ProductRow> {

    private static final long serialVersionUID = 1L;
    private List<ProductRow> page = List.of();

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) catalog.search(keyword, supplierId, 0, 1).total();
    }

    @Override
    public List<ProductRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      ProductCatalog.Page found = catalog.search(keyword, supplierId, first / pageSize, pageSize);
      setRowCount((int) found.total());
      page = found.items().stream().map(ProductRow::new).toList();
      return page;
    }

    @Override
    public String getRowKey(ProductRow row) {
      return String.valueOf(row.getId());
    }

    @Override
    public ProductRow getRowData(String rowKey) {
      return page.stream().filter(r -> String.valueOf(r.getId()).equals(rowKey)).findFirst().orElse(null);
    }
  }
}
