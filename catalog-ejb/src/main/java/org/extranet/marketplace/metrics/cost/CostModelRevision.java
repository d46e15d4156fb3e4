// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.metrics.cost;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.extranet.marketplace.ordering.ledger.ActorRole;

/** One saved cost model: who saved it when, and its figures as rows. Never changed once saved. */
@Entity
@Table(name = "cost_model_revision")
public class CostModelRevision {

  /** One figure: its kind, what it is for, and its value. */
  @Embeddable
  public static class Figure {
    @Column(nullable = false, length = 16)
    private String kind;

    @Column(nullable = false, length = 32)
    private String item;

    @Column(nullable = false, precision = 12, scale = 4)
    private BigDecimal figure;

    protected Figure() {} // for JPA only

    Figure(String kind, String item, BigDecimal figure) {
      this.kind = kind;
      this.item = item;
      this.figure = figure;
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "saved_at", nullable = false)
  private Instant savedAt;

  @Column(name = "saved_by", nullable = false, length = 254)
  private String savedBy;

  @ElementCollection
  @CollectionTable(name = "cost_model_figure", joinColumns = @JoinColumn(name = "revision_id"))
  private List<Figure> figures = new ArrayList<>();

  protected CostModelRevision() {} // for JPA only

  CostModelRevision(CostModel model, Instant at, String by) {
    this.savedAt = at;
    this.savedBy = by;
    model.hourlyRates().forEach((role, rate) -> figures.add(new Figure("HOURLY_RATE", role.name(), rate)));
    model.manualMinutes().forEach((activity, m) -> figures.add(new Figure("MANUAL_MINUTES", activity.name(), m)));
    model.portalMinutes().forEach((activity, m) -> figures.add(new Figure("PORTAL_MINUTES", activity.name(), m)));
    model.documentFees().forEach((medium, fee) -> figures.add(new Figure("DOCUMENT_FEE", medium.name(), fee)));
    figures.add(new Figure("PLATFORM", "ORDER", model.platformCostPerOrder()));
  }

  /** The model as saved; a figure for something no longer known is ignored, one missing fails loudly. */
  CostModel model() {
    Map<ActorRole, BigDecimal> rates = new EnumMap<>(ActorRole.class);
    Map<Activity, BigDecimal> manual = new EnumMap<>(Activity.class);
    Map<Activity, BigDecimal> portal = new EnumMap<>(Activity.class);
    Map<Medium, BigDecimal> fees = new EnumMap<>(Medium.class);
    BigDecimal platform = null;
    for (Figure f : figures) {
      switch (f.kind) {
        case "HOURLY_RATE" -> rates.put(ActorRole.valueOf(f.item), f.figure);
        case "MANUAL_MINUTES" -> manual.put(Activity.valueOf(f.item), f.figure);
        case "PORTAL_MINUTES" -> portal.put(Activity.valueOf(f.item), f.figure);
        case "DOCUMENT_FEE" -> fees.put(Medium.valueOf(f.item), f.figure);
        case "PLATFORM" -> platform = f.figure;
        default -> { } // a kind a later version dropped
      }
    }
    return new CostModel(rates, manual, portal, fees, platform);
  }

  public Long id() { return id; }
  public Instant savedAt() { return savedAt; }
  public String savedBy() { return savedBy; }
}
