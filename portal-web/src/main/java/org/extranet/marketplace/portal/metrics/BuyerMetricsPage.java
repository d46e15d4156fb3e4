// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.portal.metrics;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.extranet.marketplace.metrics.cost.CostModels;
import org.extranet.marketplace.metrics.cost.OrderCostReport;
import org.extranet.marketplace.metrics.cost.OrderCosting;
import org.extranet.marketplace.metrics.statement.OwnDataExport;
import org.extranet.marketplace.metrics.statement.SwitchingCostStatement;
import org.extranet.marketplace.metrics.statement.SwitchingCostStatements;
import org.extranet.marketplace.metrics.switching.BuyerSwitching;
import org.extranet.marketplace.metrics.switching.SwitchingReport;
import org.extranet.marketplace.shared.Csv;

/**
 * A buyer's dashboard: where its spend goes (share of wallet), what its orders cost to process month by month
 * against the manual baseline, and its switching-cost statement with its own data to take elsewhere.
 */
@Named("buyerMetricsPage")
@ViewScoped
public class BuyerMetricsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient SwitchingReport switching;
  @Inject transient OrderCostReport costs;
  @Inject transient CostModels costModels;
  @Inject transient SwitchingCostStatements statements;
  @Inject transient OwnDataExport export;

  private String spendChart;
  private String costChart;
  private List<Map<String, Object>> items;
  private BigDecimal total;
  private BigDecimal switchRate;
  private BigDecimal hhi;

  public void load() {
    LocalDate to = LocalDate.now();
    LocalDate from = YearMonth.from(to).minusMonths(11).atDay(1);
    List<BuyerSwitching> own = switching.byBuyer(from, to);
    List<BuyerSwitching.SupplierShare> shares = own.isEmpty() ? List.of() : own.get(0).supplierShare();
    switchRate = own.isEmpty() ? null : own.get(0).switchRate();
    hhi = own.isEmpty() ? null : own.get(0).hhi();
    spendChart = ChartJson.bars("Spend by supplier (USD), last 12 months",
        shares.stream().map(s -> s.supplier().name()).toList(), Map.of("spend", shares.stream().map(BuyerSwitching.SupplierShare::spend).toList()), "USD");
    List<String> months = new ArrayList<>();
    for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
      months.add(m.toString());
    }
    Map<String, BigDecimal> average = costs.report(from, to, OrderCostReport.GroupBy.MONTH).stream()
        .collect(Collectors.toMap(OrderCostReport.Row::key, OrderCostReport.Row::averageCost));
    BigDecimal baseline = new OrderCosting(costModels.current().model()).manualBaseline();
    Map<String, List<BigDecimal>> series = new LinkedHashMap<>();
    series.put("Your orders", months.stream().map(average::get).toList());
    series.put(OperatorMetricsPage.BASELINE, months.stream().map(m -> baseline).toList());
    costChart = ChartJson.line("Processing cost per order (USD)", months, series, OperatorMetricsPage.BASELINE, "USD per order");
    SwitchingCostStatement statement = statements.of(null);
    total = statement.total();
    items = statement.items().stream().map(i -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("kind", i.kind());
      row.put("basis", i.basis());
      row.put("quantity", i.quantity());
      row.put("unitCost", i.unitCost());
      row.put("amount", i.amount());
      row.put("counted", i.counted() ? "yes" : "shown only");
      return row;
    }).toList();
  }

  /** Streams one of the organization's own datasets as a CSV download. */
  public void download(String dataset) throws IOException {
    OwnDataExport.Dataset which = OwnDataExport.Dataset.parse(dataset);
    StringBuilder csv = new StringBuilder();
    for (List<String> row : export.table(which)) {
      csv.append(Csv.line(row)).append("\r\n");
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext response = faces.getExternalContext();
    response.responseReset();
    response.setResponseContentType("text/csv; charset=UTF-8");
    response.setResponseHeader("Content-Disposition", "attachment; filename=\"" + which.name().toLowerCase() + ".csv\"");
    response.getResponseOutputStream().write(csv.toString().getBytes(StandardCharsets.UTF_8));
    faces.responseComplete();
  }

  public String getSpendChart() { return spendChart; }
  public String getCostChart() { return costChart; }
  public List<Map<String, Object>> getItems() { return items; }
  public BigDecimal getTotal() { return total; }
  public BigDecimal getSwitchRate() { return switchRate; }
  public BigDecimal getHhi() { return hhi; }
}
