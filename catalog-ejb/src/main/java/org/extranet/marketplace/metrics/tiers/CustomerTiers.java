// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.metrics.tiers;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.extranet.marketplace.metrics.switching.Incumbency;
import org.extranet.marketplace.organization.Caller;
import org.extranet.marketplace.organization.MemberRole;
import org.extranet.marketplace.organization.OrganizationNames;
import org.extranet.marketplace.organization.Tenancy;
import org.extranet.marketplace.shared.InvalidInputException;
import org.extranet.marketplace.shared.NotFoundException;
import org.extranet.marketplace.supplier.SupplierDirectory;

/**
 * A supplier's customers by tier (GET /metrics/customer-tiers) over the 12 months up to a day, from the
 * purchase facts kept as orders are placed; prospects from the contract prices it has agreed. A supplier
 * sees its own customers (naming another supplier answers 404); the operator names the supplier.
 */
@Stateless
public class CustomerTiers {

  @Inject Tenancy tenancy;
  @Inject Caller caller;
  @Inject OrganizationNames names;
  @Inject SupplierDirectory directory;
  @PersistenceContext EntityManager em;

  public List<CustomerTiering.Tier> of(String supplierId, LocalDate asOf) {
    String supplier = supplierFor(supplierId);
    LocalDate from = asOf.minusYears(1).plusDays(1);
    Map<String, Object[]> buying = new HashMap<>();
    for (Object[] r : rows("SELECT buyer_id, MAX(placed_on), COUNT(DISTINCT order_id), SUM(amount),"
        + " COUNT(DISTINCT EXTRACT(YEAR FROM placed_on) * 100 + EXTRACT(MONTH FROM placed_on))"
        + " FROM purchase_fact WHERE supplier_id = ? AND placed_on >= ? AND placed_on <= ? GROUP BY buyer_id", supplier, from, asOf)) {
      buying.put((String) r[0], r);
    }
    Map<String, Set<String>> categories = new HashMap<>();
    for (Object[] r : rows("SELECT DISTINCT buyer_id, category_code FROM purchase_fact WHERE supplier_id = ?"
        + " AND placed_on >= ? AND placed_on <= ?", supplier, from, asOf)) {
      categories.computeIfAbsent((String) r[0], b -> new HashSet<>()).add((String) r[1]);
    }
    Map<String, Map<String, Map<String, BigDecimal>>> spend = new HashMap<>(); // buyer → category → supplier → spend
    for (Object[] r : rows("SELECT s.buyer_id, s.category_code, s.supplier_id, SUM(s.spend) FROM category_spend s"
        + " WHERE s.buyer_id IN (SELECT DISTINCT buyer_id FROM purchase_fact WHERE supplier_id = ?)"
        + " AND s.spend_month > ? AND s.spend_month <= ? GROUP BY s.buyer_id, s.category_code, s.supplier_id",
        supplier, asOf.withDayOfMonth(1).minusMonths(Incumbency.TRAILING_MONTHS), asOf)) {
      spend.computeIfAbsent((String) r[0], b -> new HashMap<>()).computeIfAbsent((String) r[1], c -> new HashMap<>())
          .put((String) r[2], new BigDecimal(String.valueOf(r[3])));
    }
    Set<String> prospects = new HashSet<>();
    for (Object[] r : rows("SELECT DISTINCT buyer_organization_id, 1 FROM contract_price WHERE supplier_id = ?"
        + " AND valid_from <= ? AND (valid_to IS NULL OR valid_to >= ?)", supplier, asOf, asOf)) {
      prospects.add((String) r[0]);
    }
    prospects.removeAll(buying.keySet());
    Set<String> ids = new HashSet<>(buying.keySet());
    ids.addAll(prospects);
    Map<String, String> named = names.of(ids);
    List<CustomerTiering.Customer> customers = new ArrayList<>();
    buying.forEach((buyer, r) -> {
      Set<String> bought = categories.getOrDefault(buyer, Set.of());
      int incumbent = (int) bought.stream().filter(c -> Incumbency.of(spend.getOrDefault(buyer, Map.of()).getOrDefault(c, Map.of()))
          .map(supplier::equals).orElse(false)).count();
      LocalDate last = r[1] instanceof java.sql.Date d ? d.toLocalDate() : LocalDate.parse(String.valueOf(r[1]));
      customers.add(new CustomerTiering.Customer(buyer, named.get(buyer), (int) ChronoUnit.DAYS.between(last, asOf),
          ((Number) r[2]).intValue(), new BigDecimal(String.valueOf(r[3])), ((Number) r[4]).intValue(), bought.size(), incumbent));
    });
    prospects.forEach(p -> customers.add(new CustomerTiering.Customer(p, named.get(p), null, 0, BigDecimal.ZERO, 0, 0, 0)));
    return CustomerTiering.of(customers);
  }

  /** The caller's own organization for a supplier; the named one, which must be a supplier, for the operator. */
  private String supplierFor(String supplierId) {
    if (tenancy.seesAll()) {
      if (supplierId == null || supplierId.isBlank()) {
        throw InvalidInputException.of("supplierId", "the operator names the supplier whose customers to show");
      }
      if (directory.activeSuppliers().stream().noneMatch(s -> s.id().equals(supplierId))) {
        throw new NotFoundException("Supplier", supplierId);
      }
      return supplierId;
    }
    caller.require(MemberRole.SUPPLIER);
    if (supplierId != null && !supplierId.isBlank() && !supplierId.equals(tenancy.organizationId())) {
      throw new NotFoundException("Supplier", supplierId); // another supplier's customers are not the caller's business
    }
    return tenancy.organizationId();
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> rows(String sql, Object... parameters) {
    var query = em.createNativeQuery(sql);
    for (int i = 0; i < parameters.length; i++) {
      Object p = parameters[i];
      query.setParameter(i + 1, p instanceof LocalDate d ? java.sql.Date.valueOf(d) : p);
    }
    return ((List<Object>) query.getResultList()).stream().map(o -> (Object[]) o).toList();
  }
}
