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

/** The buyer's catalog: a search box, facets by category and supplier, in-stock filter, results a page at a time. */
@Named("catalogPage")
@ViewScoped
public class CatalogPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient ProductCatalog catalog;

  private String keyword;
  private String category;
  private String supplierId;
  private boolean inStock;
  private List<FacetRow> categories = List.of();
  private List<FacetRow> suppliers = List.of();
  private final LazyDataModel<ProductRow> results = new Results();

  public LazyDataModel<ProductRow> getResults() {
    return results;
  }

  /** Narrows to one facet value; choosing the chosen one again widens back. */
  public void chooseCategory(String code) {
    category = code.equals(category) ? null : code;
  }

  public void chooseSupplier(String id) {
    supplierId = id.equals(supplierId) ? null : id;
  }

  public List<FacetRow> getCategories() { return categories; }
  public List<FacetRow> getSuppliers() { return suppliers; }
  public boolean isInStock() { return inStock; }
  public void setInStock(boolean inStock) { this.inStock = inStock; }
  public String getCategory() { return category; }
  public String getKeyword() { return keyword; }
  public void setKeyword(String keyword) { this.keyword = keyword; }
  public String getSupplierId() { return supplierId; }
  public void setSupplierId(String supplierId) { this.supplierId = supplierId; }

  private class Results extends LazyDataModel<ProductRow> {

    private static final long serialVersionUID = 1L;
    private List<ProductRow> page = List.of();

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) catalog.search(search(), 0, 1).total();
    }

    @Override
    public List<ProductRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      ProductCatalog.SearchPage found = catalog.search(search(), first / pageSize, pageSize);
      setRowCount((int) found.total());
      page = found.items().stream().map(ProductRow::new).toList();
      categories = found.categories().stream().map(f -> new FacetRow(f, f.value().equals(category))).toList();
      suppliers = found.suppliers().stream().map(f -> new FacetRow(f, f.value().equals(supplierId))).toList();
      return page;
    }

    private ProductCatalog.Search search() {
      return new ProductCatalog.Search(keyword, category, supplierId, inStock);
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
