// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.portal.catalog;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.extranet.marketplace.catalog.ListingUpkeep;
import org.extranet.marketplace.catalog.ProductCatalog;
import org.extranet.marketplace.catalog.PublishListing;
import org.extranet.marketplace.portal.shell.Outcomes;
import org.primefaces.event.RowEditEvent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** A supplier's own listings, a page at a time, edited in place: name, price, stock and terms; withdraw. */
@Named("listingsPage")
@ViewScoped
public class ListingsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ProductCatalog catalog;
  @Inject PublishListing publishListing;
  @Inject ListingUpkeep upkeep;

  private final LazyDataModel<ListingRow> listings = new Listings();

  public LazyDataModel<ListingRow> getListings() {
    return listings;
  }

  public void save(RowEditEvent<ListingRow> event) {
    ListingRow row = event.getObject();
    Outcomes.run(() -> publishListing.publish(row.revised()), row.getSku() + " saved");
  }

  public void withdraw(ListingRow row) {
    Outcomes.run(() -> upkeep.withdraw(row.getSku()), row.getSku() + " withdrawn; publish it again to bring it back");
  }

  /** Pages straight from the business tier; the SKU is the row key. */
  private class Listings extends LazyDataModel<ListingRow> {

    private static final long serialVersionUID = 1L;
    private List<ListingRow> page = List.of();

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) catalog.mine(0, 1).total();
    }

    @Override
    public List<ListingRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      ProductCatalog.Page found = catalog.mine(first / pageSize, pageSize);
      setRowCount((int) found.total());
      page = found.items().stream().map(ListingRow::new).toList();
      return page;
    }

    @Override
    public String getRowKey(ListingRow row) {
      return row.getSku();
    }

    @Override
    public ListingRow getRowData(String rowKey) {
      return page.stream().filter(r -> r.getSku().equals(rowKey)).findFirst().orElse(null);
    }
  }
}
