// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.demo;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.extranet.marketplace.demo.DemoSupplier.Standing;
import org.extranet.marketplace.supplier.CompanyDetails;

/**
 * The supplier side of the demo network (API.md): Northwind Software and 39 generated suppliers ACTIVE,
 * Pending Supplies with a SUBMITTED application, Shady Parts SUSPENDED. Deterministic: the same names,
 * ids and tiers on every machine.
 */
final class DemoSuppliers {

  static final int GENERATED = 39;

  private static final String[] FIRST = {
    "Acorn", "Blue Ridge", "Cascade", "Delta", "Evergreen", "Falcon", "Granite", "Harbor", "Ironwood", "Juniper",
    "Keystone", "Lakeside", "Meridian", "Northstar", "Oakmont", "Pinnacle", "Quarry", "Redwood", "Summit", "Tidewater"};
  private static final String[] SECOND = {
    "Networks", "Software", "Office Supply", "Data Systems", "Training", "Hardware", "Logistics", "Cloud Services",
    "Electronics", "Consulting"};
  private static final String[] CITIES = {"Seattle", "Austin", "Denver", "Boston", "Chicago", "Atlanta", "Portland", "Phoenix"};
  private static final String[] TIERS = {"STANDARD", "PREFERRED", "STRATEGIC"};

  private DemoSuppliers() {}

  static List<DemoSupplier> all() {
    List<DemoSupplier> suppliers = new ArrayList<>();
    suppliers.add(named("6f1c0a00-0000-4000-8000-000000000004", "Northwind Software", "northwind.example", "Sam Supplier", "STRATEGIC", Standing.ACTIVE));
    for (int i = 0; i < GENERATED; i++) {
      String name = FIRST[i % FIRST.length] + " " + SECOND[(i * 7 + i / FIRST.length) % SECOND.length];
      String domain = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + ".example";
      String id = UUID.nameUUIDFromBytes(("demo-supplier:" + domain).getBytes(StandardCharsets.UTF_8)).toString();
      suppliers.add(new DemoSupplier(id, domain, company(name, domain, "Account Manager", i), TIERS[i % TIERS.length], Standing.ACTIVE));
    }
    suppliers.add(named("6f1c0a00-0000-4000-8000-000000000005", "Pending Supplies", "pending.example", "Pat Applicant", "STANDARD", Standing.SUBMITTED));
    suppliers.add(named("6f1c0a00-0000-4000-8000-000000000006", "Shady Parts", "shady.example", "Sid Supplier", "STANDARD", Standing.SUSPENDED));
    return suppliers;
  }

  private static DemoSupplier named(String id, String name, String domain, String contact, String tier, Standing standing) {
    return new DemoSupplier(id, domain, company(name, domain, contact, name.length()), tier, standing);
  }

  private static CompanyDetails company(String name, String domain, String contact, int n) {
    return new CompanyDetails(name, String.format("US-%02d-%07d", 10 + n % 80, 1000000 + n * 7919), (100 + n) + " Commerce Way",
        CITIES[n % CITIES.length], String.format("%05d", 10000 + n * 137), "US", contact, "sales@" + domain,
        String.format("+1 555 %04d", n), "Globex Corporation; Acme Corp");
  }
}
