// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.portal.ordering;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** A lazy p:dataTable model that asks the business tier for one page at a time; rows are keyed by their id. */
final class PagedRows<R> extends LazyDataModel<R> {

  private static final long serialVersionUID = 1L;

  /** One page of rows and how many there are in all. */
  record Slice<R>(List<R> rows, long total) implements Serializable {}

  /** Where the pages come from: a use case's {@code (page, size)} query, mapped to rows. */
  @FunctionalInterface
  interface Source<R> extends Serializable {
    Slice<R> page(int page, int size);
  }

  /** A row's id, its key in the table. */
  @FunctionalInterface
  interface Key<R> extends Serializable {
    Long of(R row);
  }

  private final Source<R> source;
  private final Key<R> key;
  private List<R> page = List.of();

  PagedRows(Source<R> source, Key<R> key) {
    this.source = source;
    this.key = key;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) source.page(0, 1).total();
  }

  @Override
  public List<R> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    Slice<R> found = source.page(first / pageSize, pageSize);
    setRowCount((int) found.total());
    page = found.rows();
    return page;
  }

  @Override
  public String getRowKey(R row) {
    return String.valueOf(key.of(row));
  }

  @Override
  public R getRowData(String rowKey) {
    return page.stream().filter(r -> getRowKey(r).equals(rowKey)).findFirst().orElse(null);
  }
}
