// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.portal.metrics;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.extranet.marketplace.metrics.scorecard.Scorecard;
import org.extranet.marketplace.metrics.scorecard.SupplierScorecards;
import org.extranet.marketplace.metrics.tiers.CustomerTiering;
import org.extranet.marketplace.metrics.tiers.CustomerTiers;

/** A supplier's dashboard: its scorecard, and its customers by loyalty stage, ABC class and RFM score. */
@Named("supplierMetricsPage")
@ViewScoped
public class SupplierMetricsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient SupplierScorecards scorecards;
  @Inject transient CustomerTiers tiers;

  private Map<String, Object> scorecard;
  private List<Map<String, Object>> customers;
  private String stageChart;

  public void load() {
    Scorecard card = scorecards.all().get(0);
    scorecard = new LinkedHashMap<>();
    scorecard.put("ackHoursMedian", card.ackHoursMedian());
    scorecard.put("onTimeRate", card.onTimeRate());
    scorecard.put("deliveryFailureRate", card.deliveryFailureRate());
    scorecard.put("fillRate", card.fillRate());
    scorecard.put("invoiceAccuracy", card.invoiceAccuracy());
    List<CustomerTiering.Tier> all = tiers.of(null, LocalDate.now());
    customers = all.stream().map(SupplierMetricsPage::row).toList();
    List<String> stages = Arrays.stream(CustomerTiering.LoyaltyStage.values()).map(Enum::name).toList();
    Map<String, List<BigDecimal>> series = new LinkedHashMap<>();
    for (CustomerTiering.Abc abc : CustomerTiering.Abc.values()) {
      series.put("class " + abc, stages.stream().map(s -> count(all, s, abc)).toList());
    }
    series.put("prospects", stages.stream().map(s -> count(all, s, null)).toList());
    stageChart = ChartJson.stackedBars("Customers by loyalty stage and ABC class", stages, series, "customers");
  }

  private static BigDecimal count(List<CustomerTiering.Tier> all, String stage, CustomerTiering.Abc abc) {
    return BigDecimal.valueOf(all.stream().filter(t -> t.loyaltyStage().name().equals(stage) && t.abcClass() == abc).count());
  }

  private static Map<String, Object> row(CustomerTiering.Tier t) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("buyer", t.buyer().name());
    row.put("recency", t.recency());
    row.put("frequency", t.frequency());
    row.put("monetary", t.monetary());
    row.put("rfmScore", t.rfmScore());
    row.put("abcClass", t.abcClass());
    row.put("loyaltyStage", t.loyaltyStage());
    return row;
  }

  public Map<String, Object> getScorecard() { return scorecard; }
  public List<Map<String, Object>> getCustomers() { return customers; }
  public String getStageChart() { return stageChart; }
}
