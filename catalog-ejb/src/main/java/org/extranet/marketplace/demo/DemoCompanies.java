// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.demo;

import static org.extranet.marketplace.organization.MemberRole.APPROVER;
import static org.extranet.marketplace.organization.MemberRole.BUYER;
import static org.extranet.marketplace.organization.MemberRole.OPERATOR;
import static org.extranet.marketplace.organization.MemberRole.SUPPLIER;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.Set;
import org.extranet.marketplace.organization.OrganizationKind;
import org.extranet.marketplace.shared.Money;

/** The named organizations and people of API.md "The demo network". */
final class DemoCompanies {

  static final String OPERATOR_ID = "6f1c0a00-0000-4000-8000-000000000001";
  static final String OPERATOR_EMAIL = "olga@marketplace.example";
  static final String GLOBEX_ID = "6f1c0a00-0000-4000-8000-000000000002";
  static final String ACME_ID = "6f1c0a00-0000-4000-8000-000000000003";

  /** "10 more buyers, generated, deterministic": each with one buyer and no spending limit, in the history only. */
  static final List<String> GENERATED_BUYERS = List.of("Initech", "Hooli", "Vandelay Industries", "Soylent Foods",
      "Tyrell Systems", "Cyberdyne Labs", "Dunder Paper", "Pied Piper", "Oscorp Engineering", "Umbrella Health");

  /** The named companies of API.md, then the generated buyers ({@link #GENERATED_BUYERS}). */
  static final List<DemoCompany> ALL = withGeneratedBuyers(List.of(
      new DemoCompany(OPERATOR_ID, "Extranet Marketplace", OrganizationKind.OPERATOR, "marketplace.example",
          List.of(person(OPERATOR_EMAIL, "Olga Operator", Set.of(OPERATOR), null))),
      new DemoCompany(GLOBEX_ID, "Globex Corporation", OrganizationKind.BUYER, "globex.example",
          List.of(
              person("gina@globex.example", "Gina Buyer", Set.of(BUYER), Money.usd("5000.00")),
              person("gus@globex.example", "Gus Approver", Set.of(BUYER, APPROVER), null))),
      new DemoCompany(ACME_ID, "Acme Corp", OrganizationKind.BUYER, "acme.example",
          List.of(
              person("alice@acme.example", "Alice Buyer", Set.of(BUYER), Money.usd("2500.00")),
              person("bob@acme.example", "Bob Approver", Set.of(APPROVER), null))),
      new DemoCompany("6f1c0a00-0000-4000-8000-000000000004", "Northwind Software", OrganizationKind.SUPPLIER, "northwind.example",
          List.of(person("sam@northwind.example", "Sam Supplier", Set.of(SUPPLIER), null))),
      new DemoCompany("6f1c0a00-0000-4000-8000-000000000005", "Pending Supplies", OrganizationKind.SUPPLIER, "pending.example",
          List.of(person("pat@pending.example", "Pat Applicant", Set.of(SUPPLIER), null))),
      new DemoCompany("6f1c0a00-0000-4000-8000-000000000006", "Shady Parts", OrganizationKind.SUPPLIER, "shady.example",
          List.of(person("sid@shady.example", "Sid Supplier", Set.of(SUPPLIER), null)))));

  private DemoCompanies() {}

  private static List<DemoCompany> withGeneratedBuyers(List<DemoCompany> named) {
    List<DemoCompany> all = new ArrayList<>(named);
    for (String name : GENERATED_BUYERS) {
      String domain = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + ".example";
      String id = UUID.nameUUIDFromBytes(("demo-buyer:" + domain).getBytes(StandardCharsets.UTF_8)).toString();
      all.add(new DemoCompany(id, name, OrganizationKind.BUYER, domain,
          List.of(person("buyer@" + domain, name.split(" ")[0] + " Purchasing", Set.of(BUYER), null))));
    }
    return List.copyOf(all);
  }

  /** The buyer organizations, named and generated. */
  static List<DemoCompany> buyers() {
    return ALL.stream().filter(c -> c.kind() == OrganizationKind.BUYER).toList();
  }

  private static DemoPerson person(String email, String name, Set<org.extranet.marketplace.organization.MemberRole> roles, Money limit) {
    return new DemoPerson(email, name, roles, limit);
  }
}
