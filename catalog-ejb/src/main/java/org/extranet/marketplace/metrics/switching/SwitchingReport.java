// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.metrics.switching;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.extranet.marketplace.organization.Caller;
import org.extranet.marketplace.organization.MemberRole;
import org.extranet.marketplace.organization.OrganizationNames;
import org.extranet.marketplace.organization.OrganizationRef;
import org.extranet.marketplace.organization.Tenancy;
import org.extranet.marketplace.shared.InvalidInputException;

/**
 * Switching over a period (GET /metrics/switching), read from the purchase facts kept as orders are placed
 * ({@link PurchaseFacts}): per buyer its switch rate, share of wallet and HHI; per supplier its retention
 * and new, lost and upgraded customers against the period of the same length before. The operator sees
 * every buyer and supplier; a buyer organization its own row (and no supplier's); a supplier its own
 * retention (and no buyer's wallet).
 */
@Stateless
public class SwitchingReport {

  @Inject Tenancy tenancy;
  @Inject Caller caller;
  @Inject OrganizationNames names;
  @PersistenceContext EntityManager em;

  public List<BuyerSwitching> byBuyer(LocalDate from, LocalDate to) {
    checkPeriod(from, to);
    if (isSupplier()) {
      return List.of();
    }
    String scope = tenancy.seesAll() ? "" : " AND buyer_id = ?";
    Map<String, List<BuyerSwitching.SupplierShare>> spend = new TreeMap<>();
    Set<String> ids = new TreeSet<>();
    for (Object[] r : rows("SELECT buyer_id, supplier_id, SUM(amount) FROM purchase_fact WHERE placed_on >= ? AND placed_on <= ?"
        + scope + " GROUP BY buyer_id, supplier_id", from, to)) {
      ids.add((String) r[0]);
      ids.add((String) r[1]);
      spend.computeIfAbsent((String) r[0], b -> new ArrayList<>())
          .add(new BuyerSwitching.SupplierShare(new OrganizationRef((String) r[1], null), decimal(r[2]), null));
    }
    Map<String, String> named = names.of(ids);
    List<BuyerSwitching> result = new ArrayList<>();
    for (Object[] r : rows("SELECT buyer_id, COUNT(*), SUM(CASE WHEN incumbent_id IS NULL THEN 0 ELSE 1 END),"
        + " SUM(CASE WHEN switched THEN 1 ELSE 0 END) FROM purchase_fact WHERE placed_on >= ? AND placed_on <= ?" + scope
        + " GROUP BY buyer_id ORDER BY buyer_id", from, to)) {
      String buyer = (String) r[0];
      List<BuyerSwitching.SupplierShare> shares = spend.get(buyer).stream()
          .map(s -> new BuyerSwitching.SupplierShare(ref(s.supplier().id(), named), s.spend(), null)).toList();
      result.add(BuyerSwitching.of(ref(buyer, named), shares, count(r[1]), count(r[2]), count(r[3])));
    }
    return result;
  }

  public List<SupplierRetention> bySupplier(LocalDate from, LocalDate to) {
    checkPeriod(from, to);
    if (!tenancy.seesAll() && !isSupplier()) {
      return List.of();
    }
    long days = ChronoUnit.DAYS.between(from, to) + 1;
    Map<String, Map<String, BigDecimal>> now = spendByBuyer(from, to);
    Map<String, Map<String, BigDecimal>> before = spendByBuyer(from.minusDays(days), from.minusDays(1));
    Map<String, Long> won = switches("supplier_id", from, to);
    Map<String, Long> lost = switches("incumbent_id", from, to);
    Set<String> suppliers = new TreeSet<>(now.keySet());
    suppliers.addAll(before.keySet());
    if (!tenancy.seesAll()) {
      suppliers = Set.of(tenancy.organizationId());
    }
    Map<String, String> named = names.of(suppliers);
    List<SupplierRetention> result = new ArrayList<>();
    for (String supplier : suppliers) {
      result.add(SupplierRetention.of(ref(supplier, named), now.getOrDefault(supplier, Map.of()),
          before.getOrDefault(supplier, Map.of()), won.getOrDefault(supplier, 0L), lost.getOrDefault(supplier, 0L)));
    }
    return result;
  }

  private Map<String, Map<String, BigDecimal>> spendByBuyer(LocalDate from, LocalDate to) {
    Map<String, Map<String, BigDecimal>> spend = new HashMap<>();
    for (Object[] r : rows("SELECT supplier_id, buyer_id, SUM(amount) FROM purchase_fact WHERE placed_on >= ? AND placed_on <= ?"
        + (tenancy.seesAll() ? "" : " AND supplier_id = ?") + " GROUP BY supplier_id, buyer_id", from, to)) {
      spend.computeIfAbsent((String) r[0], s -> new HashMap<>()).put((String) r[1], decimal(r[2]));
    }
    return spend;
  }

  /** Switched lines per supplier that won them ({@code supplier_id}) or per incumbent that lost them. */
  private Map<String, Long> switches(String column, LocalDate from, LocalDate to) {
    Map<String, Long> counts = new HashMap<>();
    for (Object[] r : rows("SELECT " + column + ", COUNT(*) FROM purchase_fact WHERE switched AND placed_on >= ? AND placed_on <= ?"
        + (tenancy.seesAll() ? "" : " AND " + column + " = ?") + " GROUP BY " + column, from, to)) {
      counts.put((String) r[0], count(r[1]));
    }
    return counts;
  }

  private static OrganizationRef ref(String id, Map<String, String> names) {
    return new OrganizationRef(id, names.get(id));
  }

  private boolean isSupplier() {
    return !tenancy.seesAll() && caller.hasRole(MemberRole.SUPPLIER);
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> rows(String sql, LocalDate from, LocalDate to) {
    Query query = em.createNativeQuery(sql).setParameter(1, java.sql.Date.valueOf(from)).setParameter(2, java.sql.Date.valueOf(to));
    if (!tenancy.seesAll()) {
      query.setParameter(3, tenancy.organizationId());
    }
    return ((List<Object>) query.getResultList()).stream().map(o -> (Object[]) o).toList();
  }

  static void checkPeriod(LocalDate from, LocalDate to) {
    if (from.isAfter(to)) {
      throw InvalidInputException.of("from", "must not be after to");
    }
  }

  static BigDecimal decimal(Object value) {
    return value instanceof BigDecimal d ? d : new BigDecimal(String.valueOf(value));
  }

  static long count(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }
}
