// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.partner.rest.metrics;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.extranet.marketplace.metrics.cost.Activity;
import org.extranet.marketplace.metrics.cost.CostModel;
import org.extranet.marketplace.metrics.cost.CostModels;
import org.extranet.marketplace.metrics.cost.Medium;
import org.extranet.marketplace.metrics.cost.OrderCostReport;
import org.extranet.marketplace.metrics.cost.OrderCosting;
import org.extranet.marketplace.ordering.ledger.ActorRole;
import org.extranet.marketplace.shared.InvalidInputException;

/** The cost model and order costs on the wire (API.md "Metrics"); amounts in USD. */
public final class CostJson {

  private CostJson() {}

  /** GET and PUT /metrics/cost-model: maps keyed by role, activity and medium names. */
  public record Model(Map<String, BigDecimal> hourlyRates, Map<String, BigDecimal> manualMinutes,
      Map<String, BigDecimal> portalMinutes, Map<String, BigDecimal> documentFees, BigDecimal platformCostPerOrder,
      String currency, Long revision, Instant savedAt, String savedBy) {

    static Model of(CostModels.InForce m) {
      CostModel c = m.model();
      return new Model(names(c.hourlyRates()), names(c.manualMinutes()), names(c.portalMinutes()), names(c.documentFees()),
          c.platformCostPerOrder(), "USD", m.revision(), m.savedAt(), m.savedBy());
    }

    /** Unknown names → 400 naming them; missing or negative figures → 422 from the model itself. */
    CostModel toModel() {
      List<InvalidInputException.Violation> unknown = new ArrayList<>();
      var rates = parse("hourlyRates", hourlyRates, ActorRole::valueOf, unknown);
      var manual = parse("manualMinutes", manualMinutes, Activity::valueOf, unknown);
      var portal = parse("portalMinutes", portalMinutes, Activity::valueOf, unknown);
      var fees = parse("documentFees", documentFees, Medium::valueOf, unknown);
      if (!unknown.isEmpty()) {
        throw new InvalidInputException(unknown);
      }
      return new CostModel(rates, manual, portal, fees, platformCostPerOrder);
    }
  }

  /** GET /metrics/orders/{id}/cost: each ledger step and what it cost; total = Σ steps + platform. */
  public record OrderCost(Long orderId, String currency, List<Step> steps, BigDecimal platform, BigDecimal total,
      BigDecimal manualBaseline, BigDecimal savingsVsManual) {
    static OrderCost of(Long orderId, OrderCosting.Breakdown b) {
      return new OrderCost(orderId, "USD", b.steps().stream().map(Step::of).toList(), b.platform(), b.total(),
          b.manualBaseline(), b.savingsVsManual());
    }
  }

  /** {@code activity} null: the marketplace's bookkeeping (costs nothing); {@code measured}: time on task. */
  public record Step(Long eventId, String type, String activity, String channel, String medium, String actorRole,
      boolean automated, BigDecimal minutes, boolean measured, BigDecimal labour, BigDecimal fee, BigDecimal total) {
    static Step of(OrderCosting.StepCost s) {
      return new Step(s.step().eventId(), s.step().type() == null ? null : s.step().type().name(),
          s.activity() == null ? null : s.activity().name(), s.step().channel().name(), s.medium().name(),
          s.step().actorRole().name(), s.step().automated(), s.minutes(), s.measured(), s.labour(), s.fee(), s.total());
    }
  }

  /** One row of GET /metrics/order-cost; {@code orders} is an order share when grouped by supplier. */
  public record Group(String key, BigDecimal orders, BigDecimal averageCost, BigDecimal totalCost, BigDecimal savingsVsManual) {
    static Group of(OrderCostReport.Row r) {
      return new Group(r.key(), r.orders(), r.averageCost(), r.totalCost(), r.savingsVsManual());
    }
  }

  static OrderCostReport.GroupBy groupBy(String text) {
    if (text == null || text.isBlank()) {
      return OrderCostReport.GroupBy.CHANNEL;
    }
    try {
      return OrderCostReport.GroupBy.valueOf(text.strip().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.of("groupBy", "channel, supplier, buyer or month");
    }
  }

  static String csv(OrderCost cost) {
    CsvTable table = new CsvTable("eventId", "type", "activity", "channel", "medium", "actorRole", "automated", "minutes",
        "measured", "labour", "fee", "total");
    cost.steps().forEach(s -> table.row(s.eventId(), s.type(), s.activity(), s.channel(), s.medium(), s.actorRole(),
        s.automated(), s.minutes(), s.measured(), s.labour(), s.fee(), s.total()));
    table.row(null, "PLATFORM", null, null, null, null, true, null, false, null, cost.platform(), cost.platform());
    table.row(null, "TOTAL", null, null, null, null, null, null, null, null, null, cost.total());
    return table.toString();
  }

  private static <K extends Enum<K>> Map<String, BigDecimal> names(Map<K, BigDecimal> figures) {
    Map<String, BigDecimal> named = new TreeMap<>();
    figures.forEach((k, v) -> named.put(k.name(), v));
    return named;
  }

  private static <K> Map<K, BigDecimal> parse(String field, Map<String, BigDecimal> given, Function<String, K> key,
      List<InvalidInputException.Violation> unknown) {
    if (given == null) {
      return null;
    }
    Map<K, BigDecimal> parsed = new java.util.HashMap<>();
    given.forEach((name, value) -> {
      try {
        parsed.put(key.apply(name), value);
      } catch (IllegalArgumentException e) {
        unknown.add(new InvalidInputException.Violation(field + "." + name, "not known"));
      }
    });
    return parsed;
  }
}
