// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.metrics.statement;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.extranet.marketplace.metrics.cost.CostModel;
import org.extranet.marketplace.metrics.cost.CostModels;
import org.extranet.marketplace.metrics.cost.OrderCostReport;
import org.extranet.marketplace.ordering.ledger.ActorRole;
import org.extranet.marketplace.ordering.ledger.Channel;
import org.extranet.marketplace.organization.OrganizationKind;
import org.extranet.marketplace.organization.OrganizationNames;
import org.extranet.marketplace.organization.OrganizationRepository;
import org.extranet.marketplace.shared.InvalidInputException;
import org.extranet.marketplace.shared.NotFoundException;
import org.extranet.marketplace.organization.Tenancy;
import org.extranet.marketplace.metrics.statement.SwitchingCostStatement.Item;
import org.extranet.marketplace.metrics.statement.SwitchingCostStatement.Kind;

/**
 * A member's switching-cost statement over the trailing 12 months (GET /metrics/switching-cost-statement):
 * a member's own (naming another organization answers 404); the operator names the member.
 */
@Stateless
public class SwitchingCostStatements {

  @Inject Tenancy tenancy;
  @Inject OrganizationRepository organizations;
  @Inject OrganizationNames names;
  @Inject CostModels costModels;
  @Inject OrderCostReport orderCosts;
  @Inject Clock clock;
  @PersistenceContext EntityManager em;

  /** @param organizationId null: the caller's own organization */
  public SwitchingCostStatement of(String organizationId) {
    String org = memberFor(organizationId);
    LocalDate to = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    LocalDate from = to.minusYears(1).plusDays(1);
    boolean supplier = organizations.find(org).orElseThrow().kind() == OrganizationKind.SUPPLIER;
    CostModel model = costModels.current().model();
    List<Item> items = new ArrayList<>();
    items.add(integrations(org, from, supplier));
    if (!supplier) {
      BigDecimal advantage = decimal(single("SELECT COALESCE(SUM(list_amount - amount), 0) FROM purchase_fact WHERE buyer_id = ?"
          + " AND contract_price AND placed_on >= ?", org, from));
      items.add(new Item(Kind.CONTRACT_PRICE_ADVANTAGE, "contract prices below list on this period's orders", null, null,
          money(advantage), true));
    }
    items.add(processingSavings(org, supplier, from, to));
    items.add(trainedUsers(org, from, supplier ? ActorRole.SUPPLIER : ActorRole.BUYER, model));
    Object[] open = (Object[]) single("SELECT COUNT(*), COALESCE(SUM(po.total_amount), 0) FROM purchase_order po"
        + " WHERE po." + (supplier ? "supplier_id" : "buyer_id") + " = ? AND po.status NOT IN ('CANCELLED', 'REJECTED')"
        + " AND NOT EXISTS (SELECT 1 FROM invoice i WHERE i.purchase_order_id = po.id)", org);
    items.add(new Item(Kind.OPEN_ORDERS, "purchase orders not yet invoiced (value)", decimal(open[0]), null, money(decimal(open[1])), false));
    Object contracts = single("SELECT COUNT(*) FROM contract_price WHERE " + (supplier ? "supplier_id" : "buyer_organization_id")
        + " = ? AND valid_from <= ? AND (valid_to IS NULL OR valid_to >= ?)", org, to, to);
    items.add(new Item(Kind.CONTRACTS_IN_FORCE, "contract prices agreed and in force", decimal(contracts), null, null, false));
    BigDecimal total = items.stream().filter(Item::counted).map(Item::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    return new SwitchingCostStatement(org, names.of(List.of(org)).get(org), from, to, List.copyOf(items), money(total));
  }

  /** Each machine channel the organization used in the period, and (a supplier) each upstream partner it links to. */
  private Item integrations(String org, LocalDate from, boolean supplier) {
    BigDecimal cost = BigDecimal.ZERO;
    int count = 0;
    List<String> named = new ArrayList<>();
    for (Object channel : list("SELECT DISTINCT channel FROM order_event WHERE actor_organization_id = ? AND occurred_at >= ?"
        + " AND channel IN ('REST', 'SOAP', 'EDI')", org, from.atStartOfDay())) {
      Channel c = Channel.valueOf(String.valueOf(channel));
      cost = cost.add(SwitchingCostRates.INTEGRATION_SET_UP.get(c));
      count++;
      named.add(c.name());
    }
    if (supplier) {
      int links = ((Number) single("SELECT COUNT(*) FROM upstream_partner WHERE supplier_id = ?", org)).intValue();
      cost = cost.add(SwitchingCostRates.UPSTREAM_LINK_SET_UP.multiply(BigDecimal.valueOf(links)));
      count += links;
      if (links > 0) {
        named.add(links + " upstream link(s)");
      }
    }
    return new Item(Kind.INTEGRATIONS, named.isEmpty() ? "none: the portal only" : String.join(", ", named),
        BigDecimal.valueOf(count), null, money(cost), true);
  }

  /** The caller's own, or for the operator the named buyer or supplier organization (404 for anything else). */
  private String memberFor(String organizationId) {
    boolean named = organizationId != null && !organizationId.isBlank();
    if (!tenancy.seesAll()) {
      if (named && !organizationId.equals(tenancy.organizationId())) {
        throw new NotFoundException("Organization", organizationId);
      }
      return tenancy.organizationId();
    }
    if (!named) {
      throw InvalidInputException.of("organizationId", "the operator names the member organization");
    }
    OrganizationKind kind = organizations.find(organizationId).map(o -> o.kind())
        .orElseThrow(() -> new NotFoundException("Organization", organizationId));
    if (kind != OrganizationKind.BUYER && kind != OrganizationKind.SUPPLIER) {
      throw new NotFoundException("Organization", organizationId);
    }
    return organizationId;
  }

  /** The period's orders priced by the cost model against the manual baseline: the saving that would be lost. */
  private Item processingSavings(String org, boolean supplier, LocalDate from, LocalDate to) {
    List<OrderCostReport.Row> rows = orderCosts.report(from, to, supplier ? OrderCostReport.GroupBy.SUPPLIER : OrderCostReport.GroupBy.BUYER)
        .stream().filter(r -> r.key().equals(org)).toList();
    BigDecimal orders = rows.stream().map(OrderCostReport.Row::orders).reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal savings = rows.stream().map(OrderCostReport.Row::savingsVsManual).reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal perOrder = orders.signum() == 0 ? null : savings.divide(orders, 2, java.math.RoundingMode.HALF_UP);
    return new Item(Kind.PROCESSING_SAVINGS, "orders in the period × (manual baseline − their cost here)", orders, perOrder,
        money(savings), true);
  }

  private Item trainedUsers(String org, LocalDate from, ActorRole role, CostModel model) {
    BigDecimal people = decimal(single("SELECT COUNT(DISTINCT actor) FROM order_event WHERE actor_organization_id = ?"
        + " AND occurred_at >= ? AND actor IS NOT NULL AND channel <> 'MANUAL'", org, from.atStartOfDay()));
    BigDecimal perPerson = SwitchingCostRates.TRAINING_HOURS_PER_USER.multiply(model.rate(role));
    return new Item(Kind.TRAINED_USERS, "people who worked in the marketplace × " + SwitchingCostRates.TRAINING_HOURS_PER_USER
        + " h × the " + role.name().toLowerCase() + " hourly rate", people, money(perPerson), money(people.multiply(perPerson)), true);
  }

  private Object single(String sql, Object... parameters) {
    List<?> rows = list(sql, parameters);
    return rows.get(0);
  }

  private List<?> list(String sql, Object... parameters) {
    var query = em.createNativeQuery(sql);
    for (int i = 0; i < parameters.length; i++) {
      Object p = parameters[i];
      query.setParameter(i + 1, p instanceof LocalDate d ? java.sql.Date.valueOf(d)
          : p instanceof java.time.LocalDateTime t ? java.sql.Timestamp.valueOf(t) : p);
    }
    return query.getResultList();
  }

  private static BigDecimal decimal(Object value) {
    return value == null ? BigDecimal.ZERO : new BigDecimal(String.valueOf(value));
  }

  private static BigDecimal money(BigDecimal amount) {
    return amount == null ? null : amount.setScale(2, java.math.RoundingMode.HALF_UP);
  }
}
