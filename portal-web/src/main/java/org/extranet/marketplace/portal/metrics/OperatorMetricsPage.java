// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.portal.metrics;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.extranet.marketplace.metrics.cost.CostModels;
import org.extranet.marketplace.metrics.cost.OrderCostReport;
import org.extranet.marketplace.metrics.cost.OrderCostReport.GroupBy;
import org.extranet.marketplace.metrics.cost.OrderCosting;
import org.extranet.marketplace.metrics.scorecard.Scorecard;
import org.extranet.marketplace.metrics.scorecard.SupplierScorecards;
import org.extranet.marketplace.metrics.switching.BuyerSwitching;
import org.extranet.marketplace.metrics.switching.SwitchingReport;
import org.extranet.marketplace.organization.OrganizationNames;

/**
 * The operator's dashboard: average cost per order by channel month by month against the manual baseline
 * (the source case's $150 line), orders by channel, switching by buyer and the suppliers' scorecards, every
 * table exportable as CSV.
 */
@Named("operatorMetricsPage")
@ViewScoped
public class OperatorMetricsPage implements Serializable {

  private static final long serialVersionUID = 1L;
  static final String BASELINE = "Manual baseline";

  @Inject transient OrderCostReport report;
  @Inject transient CostModels costModels;
  @Inject transient SwitchingReport switching;
  @Inject transient SupplierScorecards scorecards;
  @Inject transient OrganizationNames organizationNames;

  private int months = 12;
  private List<CostRow> byChannel;
  private String costChart;
  private String ordersChart;
  private BigDecimal baseline;
  private List<Map<String, Object>> switchingRows;
  private List<Map<String, Object>> scorecardRows;
  private String switchingChart;

  public void load() {
    LocalDate to = LocalDate.now();
    LocalDate from = YearMonth.from(to).minusMonths(months - 1L).atDay(1);
    baseline = new OrderCosting(costModels.current().model()).manualBaseline();
    byChannel = report.report(from, to, GroupBy.CHANNEL).stream().map(CostRow::new).toList();
    List<OrderCostReport.Row> monthly = report.report(from, to, List.of(GroupBy.MONTH, GroupBy.CHANNEL));
    List<String> labels = new ArrayList<>();
    for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
      labels.add(m.toString());
    }
    Map<String, List<BigDecimal>> average = series(monthly, labels, OrderCostReport.Row::averageCost);
    average.put(BASELINE, labels.stream().map(l -> baseline).toList());
    costChart = ChartJson.line("Average processing cost per order (USD) by channel", labels, average, BASELINE, "USD per order");
    ordersChart = ChartJson.stackedBars("Orders by channel", labels, series(monthly, labels, OrderCostReport.Row::orders), "orders");
    List<BuyerSwitching> buyers = switching.byBuyer(from, to);
    switchingRows = buyers.stream().map(OperatorMetricsPage::switchingRow).toList();
    switchingChart = ChartJson.bars("Switch rate and supplier concentration by buyer", buyers.stream().map(b -> b.buyer().name()).toList(),
        Map.of("switch rate (%)", buyers.stream().map(b -> b.switchRate() == null ? null : b.switchRate().movePointRight(2)).toList()),
        "% of lines bought away from the incumbent");
    List<Scorecard> cards = scorecards.all().stream().filter(c -> c.purchaseOrders() > 0).toList();
    Map<String, String> names = organizationNames.of(cards.stream().map(Scorecard::supplierId).toList());
    scorecardRows = cards.stream().map(c -> scorecardRow(c, names)).toList();
  }

  private static Map<String, Object> switchingRow(BuyerSwitching b) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("buyer", b.buyer().name());
    row.put("lines", b.lines());
    row.put("switches", b.switches());
    row.put("switchRate", b.switchRate());
    row.put("hhi", b.hhi());
    row.put("topSupplier", b.supplierShare().isEmpty() ? null : b.supplierShare().get(0).supplier().name());
    row.put("topShare", b.supplierShare().isEmpty() ? null : b.supplierShare().get(0).share());
    return row;
  }

  private static Map<String, Object> scorecardRow(Scorecard c, Map<String, String> names) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("supplier", names.getOrDefault(c.supplierId(), c.supplierId()));
    row.put("ackHoursMedian", c.ackHoursMedian());
    row.put("onTimeRate", c.onTimeRate());
    row.put("deliveryFailureRate", c.deliveryFailureRate());
    row.put("fillRate", c.fillRate());
    row.put("invoiceAccuracy", c.invoiceAccuracy());
    row.put("purchaseOrders", c.purchaseOrders());
    return row;
  }

  /** One series per channel over the months; a month without orders on a channel is a gap. */
  private static Map<String, List<BigDecimal>> series(List<OrderCostReport.Row> rows, List<String> labels,
      java.util.function.Function<OrderCostReport.Row, BigDecimal> figure) {
    Map<String, Map<String, BigDecimal>> byChannel = new TreeMap<>();
    for (OrderCostReport.Row row : rows) {
      String[] monthAndChannel = row.key().split("\\|", 2);
      byChannel.computeIfAbsent(monthAndChannel[1], c -> new TreeMap<>()).put(monthAndChannel[0], figure.apply(row));
    }
    Map<String, List<BigDecimal>> series = new LinkedHashMap<>();
    byChannel.forEach((channel, values) -> series.put(channel, labels.stream().map(values::get).toList()));
    return series;
  }

  public List<CostRow> getByChannel() { return byChannel; }
  public List<Map<String, Object>> getSwitchingRows() { return switchingRows; }
  public List<Map<String, Object>> getScorecardRows() { return scorecardRows; }
  public String getSwitchingChart() { return switchingChart; }
  public String getCostChart() { return costChart; }
  public String getOrdersChart() { return ordersChart; }
  public BigDecimal getBaseline() { return baseline.setScale(2, RoundingMode.HALF_UP); }
  public int getMonths() { return months; }
  public void setMonths(int months) { this.months = months; }
}
