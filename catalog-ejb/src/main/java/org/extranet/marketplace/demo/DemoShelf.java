// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.demo;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.extranet.marketplace.catalog.Product;
import org.extranet.marketplace.catalog.ProductCatalog;
import org.extranet.marketplace.catalog.ProductKind;
import org.extranet.marketplace.catalog.ProductRepository;
import org.extranet.marketplace.catalog.ProductView;
import org.extranet.marketplace.organization.MemberRole;

/**
 * What each demo buyer buys in the history and from whom: a few everyday goods categories that several
 * suppliers list, one supplier it normally uses per category, and the others it sometimes tries.
 */
@Dependent
public class DemoShelf {

  /**
   * Goods many demo suppliers list (notebooks, monitors, keyboards, mice, switches, access points, cables, disks)
   * and services Northwind sells beside others (software maintenance, help desk, LAN support).
   */
  static final Set<String> CATEGORIES = Set.of("43211503", "43211902", "43211706", "43211708", "43222612", "43222640",
      "26121609", "43201803", "81112201", "81111811", "81111803");
  /** Globex and Acme are Northwind's customers (the source case's supplier), wherever it sells what they buy. */
  private static final String NORTHWIND = DemoUpstream.NORTHWIND_ID;
  /** Share of lines a buyer gives to another supplier than its usual one for the category. */
  private static final double TRY_ANOTHER = 0.15;
  /** Share of a buyer's categories moved to another supplier for good halfway through the year. */
  private static final double MOVE_FOR_GOOD = 0.3;
  private static final BigDecimal MOST_PER_UNIT = new BigDecimal("2500");
  private static final int PER_SUPPLIER_AND_CATEGORY = 3;

  @Inject ProductRepository products;
  @Inject ProductCatalog catalog;

  /** One buyer's habits: category → supplier → the products it orders there. */
  static final class Habit {
    private final DemoCompany buyer;
    private final Map<String, Map<String, List<ProductView>>> offers;
    private final Map<String, String> usual = new LinkedHashMap<>();

    Habit(DemoCompany buyer, Map<String, Map<String, List<ProductView>>> offers, Random random) {
      this.buyer = buyer;
      this.offers = offers;
      boolean named = buyer.id().equals(DemoCompanies.GLOBEX_ID) || buyer.id().equals(DemoCompanies.ACME_ID);
      offers.forEach((category, bySupplier) -> {
        String picked = pick(new ArrayList<>(bySupplier.keySet()), random);
        usual.put(category, named && bySupplier.containsKey(NORTHWIND) ? NORTHWIND : picked);
      });
    }

    DemoCompany buyer() {
      return buyer;
    }

    String person(MemberRole role) {
      return buyer.people().stream().filter(p -> p.roles().contains(role)).map(DemoPerson::email).findFirst().orElse(null);
    }

    List<String> categories() {
      return new ArrayList<>(offers.keySet());
    }

    /** The usual supplier for the category, or now and then another that lists it. */
    String supplierFor(String category, Random random) {
      List<String> others = new ArrayList<>(offers.get(category).keySet());
      others.remove(usual.get(category));
      return others.isEmpty() || random.nextDouble() >= TRY_ANOTHER ? usual.get(category) : pick(others, random);
    }

    boolean sells(String category, String supplierId) {
      return offers.get(category).containsKey(supplierId);
    }

    ProductView product(String category, String supplierId, Random random) {
      return pick(offers.get(category).get(supplierId), random);
    }

    /** Halfway through the year a buyer may move a category to another supplier for good. */
    void maybeMoveCategory(Random random) {
      for (String category : categories()) {
        List<String> others = new ArrayList<>(offers.get(category).keySet());
        others.remove(usual.get(category));
        if (!others.isEmpty() && random.nextDouble() < MOVE_FOR_GOOD) {
          usual.put(category, pick(others, random));
        }
      }
    }
  }

  List<Habit> habits(List<DemoCompany> buyers, Random random) {
    Map<String, Map<String, List<ProductView>>> shelf = shelf();
    List<String> categories = new ArrayList<>(shelf.keySet());
    List<Habit> habits = new ArrayList<>();
    for (DemoCompany buyer : buyers) {
      java.util.Collections.shuffle(categories, random);
      Map<String, Map<String, List<ProductView>>> own = new LinkedHashMap<>();
      categories.stream().limit(3 + random.nextInt(2)).sorted().forEach(c -> own.put(c, shelf.get(c)));
      if (buyer.id().equals(DemoCompanies.GLOBEX_ID) || buyer.id().equals(DemoCompanies.ACME_ID)) {
        shelf.forEach((c, bySupplier) -> { // the services Northwind sells them
          if (bySupplier.containsKey(NORTHWIND)) {
            own.put(c, bySupplier);
          }
        });
      }
      habits.add(new Habit(buyer, own, random));
    }
    return habits;
  }

  /** Category → ACTIVE supplier → a few of its goods in that category (list order: the same on every machine). */
  private Map<String, Map<String, List<ProductView>>> shelf() {
    Map<String, Map<String, List<ProductView>>> shelf = new java.util.TreeMap<>();
    for (DemoSupplier supplier : DemoSuppliers.all()) {
      if (supplier.standing() != DemoSupplier.Standing.ACTIVE) {
        continue;
      }
      for (Product p : products.allOfSupplier(supplier.id())) {
        if (!CATEGORIES.contains(p.category()) || p.kind() != ProductKind.PHYSICAL || p.isContractOnly() || p.isWithdrawn()
            || p.listPrice().amount().compareTo(MOST_PER_UNIT) > 0) {
          continue;
        }
        List<ProductView> held = shelf.computeIfAbsent(p.category(), c -> new java.util.TreeMap<>())
            .computeIfAbsent(supplier.id(), s -> new ArrayList<>());
        if (held.size() < PER_SUPPLIER_AND_CATEGORY) {
          held.add(catalog.product(p.id()));
        }
      }
    }
    shelf.values().removeIf(bySupplier -> bySupplier.size() < 2); // nothing to switch between
    return shelf;
  }

  private static <T> T pick(List<T> from, Random random) {
    return from.get(random.nextInt(from.size()));
  }
}
