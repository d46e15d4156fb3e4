// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.demo;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The demo catalog (API.md "Demo network"): about 55 listings per active supplier — 2,000+ in all —
 * in the segments its name suggests (a "Networks" company sells switches and cabling, "Training" sells
 * courses), as the CSV file each supplier uploads. Deterministic: seeded by the supplier's position.
 */
final class DemoCatalog {

  static final int LISTINGS_PER_SUPPLIER = 55;
  static final String HEADER = "sku,name,description,category,unit,kind,listPrice,stock,minimumOrderQuantity,packSize,"
      + "leadTimeDays,licenceType,downloadUrl,trainingUrl,contractOnly\n";
  /** The one listing of each supplier that only buyers with a contract see. */
  static final int CONTRACT_ONLY = 50;

  /** A kind of product a supplier may sell: what it is called, where it is filed, how it is priced. */
  record Line(String category, String noun, String unit, boolean digital, String licence, int minPrice, int maxPrice,
      String[] variants) {}

  private static final Line[] SOFTWARE = {
    line("43231513", "Office Suite", "EA", "SUBSCRIPTION", 90, 420, "Business", "Professional", "Enterprise", "Education"),
    line("43231602", "ERP Suite", "EA", "NAMED_USER", 900, 4800, "Finance module", "Supply chain module", "HR module"),
    line("43232304", "Database Server", "EA", "CONCURRENT_USER", 1200, 9800, "Standard", "Enterprise", "Developer"),
    line("43232408", "Web Platform", "EA", "SUBSCRIPTION", 300, 2400, "Starter", "Team", "Scale"),
    line("43232610", "CAD Studio", "EA", "NAMED_USER", 1500, 7200, "2D", "3D", "Mechanical", "Architecture"),
    line("43233004", "Server OS", "EA", "PERPETUAL", 500, 6200, "Standard", "Datacenter", "Essentials"),
    line("43233205", "Endpoint Security", "EA", "SUBSCRIPTION", 25, 90, "Antivirus", "EDR", "Mobile", "Server"),
    line("43233501", "Mail & Calendar", "EA", "SUBSCRIPTION", 40, 160, "Basic", "Archive", "Compliance"),
  };
  private static final Line[] HARDWARE = {
    line("43211503", "Notebook", "EA", null, 650, 2900, "13\"", "14\"", "15\" workstation", "rugged 14\""),
    line("43211507", "Desktop PC", "EA", null, 480, 2200, "small form factor", "tower", "all-in-one 24\""),
    line("43211501", "Rack Server", "EA", null, 2400, 18000, "1U", "2U", "4U GPU"),
    line("43211509", "Tablet", "EA", null, 280, 1300, "10\"", "12\" with keyboard", "rugged 8\""),
    line("43211706", "Keyboard", "EA", null, 18, 140, "wired", "wireless", "ergonomic"),
    line("43211708", "Mouse", "EA", null, 9, 95, "optical", "wireless", "vertical"),
    line("43211902", "Monitor", "EA", null, 120, 1100, "24\" FHD", "27\" QHD", "32\" 4K", "34\" curved"),
    line("43201803", "Hard Disk Drive", "EA", null, 45, 420, "2 TB", "8 TB", "16 TB NAS"),
    line("43212105", "Laser Printer", "EA", null, 140, 2600, "mono", "colour", "multifunction A3"),
    line("43191501", "Business Phone", "EA", null, 190, 1100, "5G", "rugged", "compact"),
  };
  private static final Line[] NETWORKING = {
    line("43222609", "Router", "EA", null, 180, 5200, "branch", "edge", "core"),
    line("43222612", "Switch", "EA", null, 90, 7400, "8-port", "24-port PoE", "48-port 10G"),
    line("43222640", "Wireless Access Point", "EA", null, 110, 980, "Wi-Fi 6", "Wi-Fi 6E", "outdoor Wi-Fi 6"),
    line("43222501", "Firewall Appliance", "EA", null, 600, 14000, "small office", "branch", "datacenter"),
    line("26121609", "Network Cable", "EA", null, 3, 60, "Cat6 2 m", "Cat6A 5 m", "fibre OM4 10 m", "Cat6 30 m"),
    line("43201409", "Network Interface Card", "EA", null, 35, 780, "1G dual-port", "10G SFP+", "25G"),
  };
  private static final Line[] SERVICES = {
    service("81111504", "Application Development", "HUR", 95, 210, "senior developer", "architect", "tester"),
    service("81111811", "Help Desk", "MON", 900, 6400, "business hours", "24x7", "on-site"),
    service("81112201", "Software Maintenance", "ANN", 400, 9000, "standard", "premium", "mission critical"),
    service("81111803", "LAN Support", "MON", 350, 2800, "small office", "campus", "multi-site"),
    service("81112003", "Data Center Hosting", "MON", 180, 4200, "1U colocation", "half rack", "full rack"),
  };
  private static final Line[] TRAINING = {
    training("86101601", "Programming Course", 390, 2400, "Java fundamentals", "Python for analysts", "secure coding"),
    training("86101603", "Software Course", 120, 1400, "office suite power user", "ERP key user", "CAD essentials"),
    training("86101610", "Network Administration Course", 690, 3200, "routing and switching", "wireless", "firewalls"),
    training("86132001", "Security Awareness Course", 15, 90, "phishing", "passwords", "data protection"),
  };
  private static final Map<String, Line[][]> BY_SPECIALTY = Map.of(
      "Networks", new Line[][] {NETWORKING, SERVICES},
      "Software", new Line[][] {SOFTWARE, TRAINING},
      "Office Supply", new Line[][] {HARDWARE},
      "Data Systems", new Line[][] {HARDWARE, SOFTWARE},
      "Training", new Line[][] {TRAINING},
      "Hardware", new Line[][] {HARDWARE, NETWORKING},
      "Logistics", new Line[][] {NETWORKING, SERVICES},
      "Cloud Services", new Line[][] {SERVICES, SOFTWARE},
      "Electronics", new Line[][] {HARDWARE, NETWORKING},
      "Consulting", new Line[][] {SERVICES, TRAINING});

  private DemoCatalog() {}

  /** The supplier's listings file (UTF-8 CSV), the same on every machine. */
  static byte[] fileOf(DemoSupplier supplier, int position) {
    Random random = new Random(7919L * (position + 1));
    String brand = supplier.company().companyName().split(" ")[0];
    List<Line> lines = linesFor(supplier.company().companyName());
    StringBuilder csv = new StringBuilder(HEADER);
    for (int i = 0; i < LISTINGS_PER_SUPPLIER; i++) {
      Line line = lines.get(i % lines.size());
      String variant = line.variants()[(i / lines.size()) % line.variants().length];
      int generation = 1 + i / (lines.size() * line.variants().length);
      csv.append(row(line, brand, sku(supplier, i), variant, generation, random, supplier.domain()))
          .append(i == CONTRACT_ONLY ? ",true\n" : ",false\n");
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  static List<Line> linesFor(String companyName) {
    String specialty = BY_SPECIALTY.keySet().stream().filter(companyName::endsWith).findFirst().orElse("Software");
    List<Line> lines = new ArrayList<>();
    for (Line[] group : BY_SPECIALTY.get(specialty)) {
      lines.addAll(List.of(group));
    }
    if (companyName.equals("Northwind Software")) {
      lines.addAll(List.of(SERVICES)); // the source case's supplier also sells maintenance
    }
    return lines;
  }

  /** The SKU of a supplier's {@code i}-th listing. */
  static String sku(DemoSupplier supplier, int i) {
    String brand = supplier.company().companyName().split(" ")[0];
    String prefix = brand.substring(0, Math.min(3, brand.length())).toUpperCase(Locale.ROOT);
    List<Line> lines = linesFor(supplier.company().companyName());
    Line line = lines.get(i % lines.size());
    return prefix + "-" + line.category().substring(4) + "-" + String.format("%03d", i);
  }

  private static String row(Line line, String brand, String sku, String variant, int generation, Random random,
      String domain) {
    String name = brand + " " + line.noun() + " " + variant + (generation > 1 ? " G" + generation : "");
    int price = line.minPrice() + random.nextInt(Math.max(1, line.maxPrice() - line.minPrice()));
    String cents = random.nextInt(4) == 0 ? ".00" : ".99";
    boolean service = List.of("HUR", "MON", "ANN").contains(line.unit());
    boolean physical = !line.digital() && !service;
    // goods: about one in seven out of stock; services: hours or months of capacity; digital goods: plenty
    int stock = physical ? (random.nextInt(7) == 0 ? 0 : 5 + random.nextInt(400)) : service ? 100 + random.nextInt(900) : 1000;
    int pack = line.noun().equals("Network Cable") ? 10 : 1;
    int lead = physical ? 1 + random.nextInt(10) : 0;
    String description = line.noun() + ", " + variant + ". " + (physical
        ? "Ships from the " + domain.replace(".example", "") + " warehouse; " + lead + " day(s) to dispatch."
        : "Delivered online by " + brand + ".");
    String slug = line.noun().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    return String.join(",", sku, quote(name), quote(description), line.category(), line.unit(),
        line.digital() ? "DIGITAL" : "PHYSICAL", price + cents, String.valueOf(stock), String.valueOf(pack),
        String.valueOf(pack), String.valueOf(lead), line.licence() == null ? "" : line.licence(),
        line.digital() && line.licence() != null && !line.category().startsWith("86") ? "https://downloads." + domain + "/" + slug : "",
        line.digital() ? "https://learn." + domain + "/" + slug : "");
  }

  private static Line line(String category, String noun, String unit, String licence, int min, int max, String... variants) {
    return new Line(category, noun, unit, licence != null, licence, min, max, variants);
  }

  private static Line service(String category, String noun, String unit, int min, int max, String... variants) {
    return new Line(category, noun, unit, false, null, min, max, variants);
  }

  /** Courses are DIGITAL: a seat licence and a training link, nothing ships. */
  private static Line training(String category, String noun, int min, int max, String... variants) {
    return new Line(category, noun, "EA", true, "NAMED_USER", min, max, variants);
  }

  private static String quote(String text) {
    return "\"" + text.replace("\"", "\"\"") + "\"";
  }
}
