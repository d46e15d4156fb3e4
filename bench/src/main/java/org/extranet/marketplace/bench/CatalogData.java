// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * A deterministic catalog of any size for the search benchmark: suppliers with ACTIVE memberships and
 * listings named from a realistic vocabulary (brand, product noun, qualifier, model), spread over the
 * catalog's UNSPSC categories. Written straight with batched JDBC: it is load, not demo data.
 */
final class CatalogData {

  static final String[] BRANDS = {
    "Acorn", "Blue Ridge", "Cascade", "Delta", "Evergreen", "Falcon", "Granite", "Harbor", "Ironwood", "Juniper",
    "Keystone", "Lakeside", "Meridian", "Northstar", "Oakmont", "Pinnacle", "Quarry", "Redwood", "Summit", "Tidewater",
    "Vantage", "Westfield", "Yellowstone", "Zenith", "Apex", "Beacon", "Cobalt", "Dynamo", "Ember", "Fjord"};
  static final String[] NOUNS = {
    "notebook", "desktop", "server", "tablet", "keyboard", "mouse", "monitor", "drive", "printer", "phone",
    "router", "switch", "access point", "firewall", "cable", "adapter", "licence", "subscription", "suite", "database",
    "antivirus", "backup", "course", "workshop", "support plan", "maintenance", "headset", "webcam", "dock", "charger",
    "scanner", "projector", "rack", "ups", "toner", "label printer", "barcode reader", "terminal", "display", "storage array"};
  static final String[] QUALIFIERS = {
    "compact", "rugged", "wireless", "enterprise", "professional", "business", "premium", "standard", "lite", "ultra",
    "managed", "portable", "modular", "secure", "silent", "dual", "outdoor", "industrial", "mini", "max"};
  static final List<String> CATEGORIES = List.of(
      "43231513", "43231602", "43232304", "43232408", "43232610", "43233004", "43233205", "43233501", "43211501",
      "43211503", "43211507", "43211509", "43211706", "43211708", "43211902", "43201803", "43212105", "43191501",
      "43222609", "43222612", "43222640", "43222501", "26121609", "43201409", "81111504", "81111811", "81112201",
      "81111803", "81112003", "86101601", "86101603", "86101610", "86132001");

  private CatalogData() {}

  static String supplierId(int i) {
    return UUID.nameUUIDFromBytes(("bench-supplier:" + i).getBytes(StandardCharsets.UTF_8)).toString();
  }

  static void suppliers(Connection db, int count) throws SQLException {
    LocalDateTime now = LocalDateTime.now();
    try (PreparedStatement org = db.prepareStatement(
            "insert into organization (id, name, kind, email_domain, registered_at) values (?, ?, 'SUPPLIER', ?, ?)");
        PreparedStatement membership = db.prepareStatement("insert into membership (organization_id, tier_code, status,"
            + " period_start, period_end, annual_fee_amount, annual_fee_currency) values (?, 'STRATEGIC', 'ACTIVE', ?, ?, 100000.00, 'USD')")) {
      for (int i = 0; i < count; i++) {
        org.setString(1, supplierId(i));
        org.setString(2, "Bench Supplier " + i);
        org.setString(3, "bench-supplier-" + i + ".example");
        org.setObject(4, now);
        org.addBatch();
        membership.setString(1, supplierId(i));
        membership.setObject(2, LocalDate.now().minusMonths(1));
        membership.setObject(3, LocalDate.now().plusMonths(11));
        membership.addBatch();
      }
      org.executeBatch();
      membership.executeBatch();
    }
    db.commit();
  }

  /** {@code count} listings, suppliers taking turns; progress on stdout every 100,000. */
  static void listings(Connection db, int count, int suppliers) throws SQLException {
    Random random = new Random(42);
    try (Statement s = db.createStatement()) {
      s.execute("set foreign_key_checks = 0"); // the rows are generated consistent; checks would only slow the load
      s.execute("set unique_checks = 0");
    }
    try (PreparedStatement ps = db.prepareStatement("insert into product (supplier_id, sku, name, description, category_code,"
        + " unit, kind, list_price_amount, list_price_currency, stock_on_hand, min_order_quantity, pack_size, lead_time_days,"
        + " contract_only) values (?, ?, ?, ?, ?, 'EA', 'PHYSICAL', ?, 'USD', ?, 1, 1, ?, false)")) {
      for (int i = 0; i < count; i++) {
        String brand = BRANDS[random.nextInt(BRANDS.length)];
        String noun = NOUNS[random.nextInt(NOUNS.length)];
        String qualifier = QUALIFIERS[random.nextInt(QUALIFIERS.length)];
        String model = Character.toString('A' + random.nextInt(26)) + (100 + random.nextInt(900));
        ps.setString(1, supplierId(i % suppliers));
        ps.setString(2, "B-" + i);
        ps.setString(3, brand + " " + noun + " " + qualifier + " " + model);
        ps.setString(4, "A " + qualifier + " " + noun + " from " + brand + ", model " + model + ".");
        ps.setString(5, CATEGORIES.get(Math.floorMod((noun.hashCode() + random.nextInt(3)), CATEGORIES.size())));
        ps.setBigDecimal(6, java.math.BigDecimal.valueOf(500 + random.nextInt(200_000), 2));
        ps.setInt(7, random.nextInt(6) == 0 ? 0 : random.nextInt(500));
        ps.setInt(8, random.nextInt(15));
        ps.addBatch();
        if ((i + 1) % 5_000 == 0) {
          ps.executeBatch();
          db.commit();
        }
        if ((i + 1) % 100_000 == 0) {
          System.out.println("  " + (i + 1) + " listings");
        }
      }
      ps.executeBatch();
      db.commit();
    }
    try (Statement s = db.createStatement()) {
      s.execute("set foreign_key_checks = 1");
      s.execute("set unique_checks = 1");
    }
  }
}
