// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reference data listings must use: UNSPSC categories and UN/ECE Rec 20 units. Shipped by migrations
 * and never changed at run time, so it is read once per instance and kept in memory — an import checks
 * 50,000 lines against it without a query per line.
 */
@ApplicationScoped
public class CatalogReference {

  /** What a listing's codes are checked against. */
  public interface Codes {
    boolean isCategory(String code);

    boolean isUnit(String code);
  }

  /** A UNSPSC commodity and the segment it belongs to (Software, Hardware, ...). */
  public record Category(String code, String title, String segment) {}

  public record Unit(String code, String name) {}

  /** A snapshot of the reference data. */
  public record Snapshot(Map<String, Category> categories, Map<String, Unit> units) implements Codes {
    @Override
    public boolean isCategory(String code) {
      return categories.containsKey(code);
    }

    @Override
    public boolean isUnit(String code) {
      return units.containsKey(code);
    }
  }

  @PersistenceContext EntityManager em;

  private volatile Snapshot snapshot;

  public Snapshot codes() {
    Snapshot current = snapshot;
    if (current == null) {
      current = load();
      snapshot = current;
    }
    return current;
  }

  public List<Category> categories() {
    return List.copyOf(codes().categories().values());
  }

  public List<Unit> units() {
    return List.copyOf(codes().units().values());
  }

  public Optional<Category> category(String code) {
    return Optional.ofNullable(codes().categories().get(code));
  }

  private Snapshot load() {
    Map<String, Category> categories = new LinkedHashMap<>();
    for (Object[] row : rows("select code, title, segment from unspsc_category order by segment, code")) {
      String code = ((String) row[0]).strip();
      categories.put(code, new Category(code, (String) row[1], (String) row[2]));
    }
    Map<String, Unit> units = new LinkedHashMap<>();
    for (Object[] row : rows("select code, name from unit_of_measure order by code")) {
      String code = ((String) row[0]).strip();
      units.put(code, new Unit(code, (String) row[1]));
    }
    return new Snapshot(Collections.unmodifiableMap(categories), Collections.unmodifiableMap(units));
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> rows(String sql) {
    return em.createNativeQuery(sql).getResultList();
  }
}
