// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.portal.metrics;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Chart.js configurations as PrimeFaces' {@code p:chart} takes them (raw JSON): series keyed by name over
 * the same labels; a series named in {@code dashed} is drawn as a reference line.
 */
final class ChartJson {

  private static final String[] COLOURS = {"#2563eb", "#16a34a", "#d97706", "#9333ea", "#0891b2", "#dc2626", "#4b5563"};

  private ChartJson() {}

  static String line(String title, List<String> labels, Map<String, List<BigDecimal>> series, String dashed, String yTitle) {
    return chart("line", title, labels, series, dashed, yTitle, false);
  }

  static String stackedBars(String title, List<String> labels, Map<String, List<BigDecimal>> series, String yTitle) {
    return chart("bar", title, labels, series, null, yTitle, true);
  }

  static String bars(String title, List<String> labels, Map<String, List<BigDecimal>> series, String yTitle) {
    return chart("bar", title, labels, series, null, yTitle, false);
  }

  private static String chart(String type, String title, List<String> labels, Map<String, List<BigDecimal>> series,
      String dashed, String yTitle, boolean stacked) {
    JsonArrayBuilder datasets = Json.createArrayBuilder();
    int i = 0;
    for (var s : series.entrySet()) {
      String colour = s.getKey().equals(dashed) ? "#111827" : COLOURS[i++ % COLOURS.length];
      JsonArrayBuilder data = Json.createArrayBuilder();
      s.getValue().forEach(v -> {
        if (v == null) {
          data.addNull();
        } else {
          data.add(v);
        }
      });
      JsonObjectBuilder set = Json.createObjectBuilder().add("label", s.getKey()).add("data", data)
          .add("borderColor", colour).add("backgroundColor", colour).add("spanGaps", true);
      if (s.getKey().equals(dashed)) {
        set.add("borderDash", Json.createArrayBuilder().add(6).add(4)).add("pointRadius", 0);
      }
      datasets.add(set);
    }
    JsonArrayBuilder xLabels = Json.createArrayBuilder();
    labels.forEach(xLabels::add);
    JsonObjectBuilder y = Json.createObjectBuilder().add("beginAtZero", true).add("stacked", stacked)
        .add("title", Json.createObjectBuilder().add("display", true).add("text", yTitle));
    return Json.createObjectBuilder()
        .add("type", type)
        .add("data", Json.createObjectBuilder().add("labels", xLabels).add("datasets", datasets))
        .add("options", Json.createObjectBuilder()
            .add("responsive", true)
            .add("plugins", Json.createObjectBuilder().add("title", Json.createObjectBuilder().add("display", true).add("text", title)))
            .add("scales", Json.createObjectBuilder().add("x", Json.createObjectBuilder().add("stacked", stacked)).add("y", y)))
        .build().toString();
  }
}
