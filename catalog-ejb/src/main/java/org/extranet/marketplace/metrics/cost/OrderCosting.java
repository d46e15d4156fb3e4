// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.metrics.cost;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.extranet.marketplace.ordering.ledger.ActorRole;

/**
 * Prices an order's ledger steps with a cost model (ARCHITECTURE.md "Metrics", README "Per-order cost"):
 * <pre>
 * step cost  = minutes × hourly rate of the actor's role ÷ 60 + (the medium's fee, if the step sends a document)
 *   minutes  = 0 for automated steps (a partner's system, the marketplace);
 *              the measured time on task when the portal measured it;
 *              else the model's manual minutes for the activity if done by phone / fax / e-mail,
 *              else its portal minutes
 * order cost = Σ step costs + the platform's cost per order
 * </pre>
 */
public final class OrderCosting {

  private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

  /** One step priced. {@code activity} is null for the marketplace's bookkeeping steps (nothing to price). */
  public record StepCost(CostedStep step, Activity activity, Medium medium, BigDecimal minutes, boolean measured,
      BigDecimal labour, BigDecimal fee, BigDecimal total) {}

  /** An order priced: its steps, the platform's share, the total, and the saving against the manual baseline. */
  public record Breakdown(List<StepCost> steps, BigDecimal platform, BigDecimal total, BigDecimal manualBaseline,
      BigDecimal savingsVsManual) {}

  private final CostModel model;

  public OrderCosting(CostModel model) {
    this.model = model;
  }

  public Breakdown price(List<CostedStep> steps) {
    List<StepCost> priced = steps.stream().map(this::price).toList();
    BigDecimal total = priced.stream().map(StepCost::total).reduce(model.platformCostPerOrder(), BigDecimal::add);
    BigDecimal baseline = manualBaseline();
    return new Breakdown(priced, money(model.platformCostPerOrder()), money(total), baseline, money(baseline.subtract(total)));
  }

  public StepCost price(CostedStep step) {
    Medium medium = Medium.of(step.channel(), step.source());
    Activity activity = step.activity();
    if (activity == null) {
      return new StepCost(step, null, medium, BigDecimal.ZERO, false, money(BigDecimal.ZERO), money(BigDecimal.ZERO), money(BigDecimal.ZERO));
    }
    boolean measured = !step.automated() && step.timeOnTaskSeconds() != null;
    BigDecimal minutes = step.automated() ? BigDecimal.ZERO
        : measured ? BigDecimal.valueOf(step.timeOnTaskSeconds()).divide(SIXTY, 4, RoundingMode.HALF_UP)
        : modelledMinutes(activity, medium);
    BigDecimal labour = labour(minutes, step.actorRole());
    BigDecimal fee = fee(activity, medium);
    return new StepCost(step, activity, medium, minutes, measured, money(labour), money(fee), money(labour.add(fee)));
  }

  /**
   * The same formula over counted steps (the cost aggregates): modelled steps at the model's minutes,
   * measured ones at their measured time, every step paying the document fee. Not rounded.
   */
  public BigDecimal price(Activity activity, Medium medium, ActorRole role, BigDecimal modelledSteps,
      BigDecimal automatedSteps, BigDecimal measuredSteps, BigDecimal measuredSeconds) {
    BigDecimal minutes = modelledSteps.multiply(modelledMinutes(activity, medium))
        .add(measuredSeconds.divide(SIXTY, 4, RoundingMode.HALF_UP));
    BigDecimal steps = modelledSteps.add(automatedSteps).add(measuredSteps);
    return labour(minutes, role).add(steps.multiply(fee(activity, medium)));
  }

  public BigDecimal platformCostPerOrder() {
    return model.platformCostPerOrder();
  }

  private BigDecimal modelledMinutes(Activity activity, Medium medium) {
    return (medium.isManual() ? model.manualMinutes() : model.portalMinutes()).get(activity);
  }

  private BigDecimal labour(BigDecimal minutes, ActorRole role) {
    return minutes.multiply(model.rate(role)).divide(SIXTY, 4, RoundingMode.HALF_UP);
  }

  private BigDecimal fee(Activity activity, Medium medium) {
    return activity.sendsDocument() ? model.documentFees().get(medium) : BigDecimal.ZERO;
  }

  /**
   * What the model says a fully manual order costs, before the marketplace (no platform share): the buyer
   * writes the order up and phones it in, the supplier's desk keys it, faxes an acknowledgement and a
   * packing list, the buyer makes an expediting call and checks the delivery on paper, the supplier faxes a
   * paper invoice. With the default model: about $150.
   */
  public BigDecimal manualBaseline() {
    return money(ReferenceOrders.FULLY_MANUAL.stream().map(this::price).map(StepCost::total).reduce(BigDecimal.ZERO, BigDecimal::add));
  }

  static BigDecimal money(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_UP);
  }
}
