// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.metrics.cost;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.extranet.marketplace.ordering.ledger.ActorRole;
import org.extranet.marketplace.shared.RejectedDocumentException;

/**
 * What a minute of work and a document cost (ARCHITECTURE.md "Metrics"): an hourly rate per role that does
 * work by hand, minutes per activity when it is done by hand (phone, fax, e-mail) and in the portal when
 * the portal did not measure them, a fee per document sent per medium, and the platform's cost per order.
 * Every figure is data the operator may change; {@link #DEFAULT} is calibrated to the source case (a fully
 * manual order about $150, a fully electronic one about $25 — README "Per-order cost").
 */
public record CostModel(Map<ActorRole, BigDecimal> hourlyRates, Map<Activity, BigDecimal> manualMinutes,
    Map<Activity, BigDecimal> portalMinutes, Map<Medium, BigDecimal> documentFees, BigDecimal platformCostPerOrder) {

  /** The roles whose time is paid; a partner's system and the marketplace work for free per step. */
  public static final List<ActorRole> PAID_ROLES = List.of(ActorRole.BUYER, ActorRole.APPROVER, ActorRole.SUPPLIER, ActorRole.OPERATOR);

  public static final CostModel DEFAULT = new CostModel(
      Map.of(ActorRole.BUYER, usd("45"), ActorRole.APPROVER, usd("60"), ActorRole.SUPPLIER, usd("40"), ActorRole.OPERATOR, usd("50")),
      minutes(30, 15, 10, 20, 20, 35, 25, 45, 10, 30),
      minutes(8, 2, 0, 2, 3, 1, 2, 3, 1, 5),
      fees("PHONE", "1.00", "FAX", "2.00", "EMAIL", "0.50", "PORTAL", "0", "REST", "0", "SOAP", "0", "EDI", "0.50", "SYSTEM", "0"),
      usd("10.00"));

  /** Checks that every figure is there and none is negative (422 naming each, the caller keeps the old model). */
  public CostModel {
    List<RejectedDocumentException.LineError> bad = new ArrayList<>();
    for (ActorRole role : PAID_ROLES) {
      check(bad, "hourlyRates." + role, hourlyRates == null ? null : hourlyRates.get(role));
    }
    for (Activity activity : Activity.values()) {
      check(bad, "manualMinutes." + activity, manualMinutes == null ? null : manualMinutes.get(activity));
      check(bad, "portalMinutes." + activity, portalMinutes == null ? null : portalMinutes.get(activity));
    }
    for (Medium medium : Medium.values()) {
      check(bad, "documentFees." + medium, documentFees == null ? null : documentFees.get(medium));
    }
    check(bad, "platformCostPerOrder", platformCostPerOrder);
    if (!bad.isEmpty()) {
      throw new RejectedDocumentException("The cost model has missing or negative figures; the current model stays.", bad);
    }
    hourlyRates = Map.copyOf(hourlyRates);
    manualMinutes = Map.copyOf(manualMinutes);
    portalMinutes = Map.copyOf(portalMinutes);
    documentFees = Map.copyOf(documentFees);
  }

  /** The hourly rate of a role; nothing for systems. */
  public BigDecimal rate(ActorRole role) {
    return hourlyRates.getOrDefault(role, BigDecimal.ZERO);
  }

  private static void check(List<RejectedDocumentException.LineError> bad, String field, BigDecimal value) {
    if (value == null) {
      bad.add(new RejectedDocumentException.LineError(0, field, "missing"));
    } else if (value.signum() < 0) {
      bad.add(new RejectedDocumentException.LineError(0, field, "must not be negative"));
    }
  }

  private static BigDecimal usd(String amount) {
    return new BigDecimal(amount);
  }

  /** Minutes in {@link Activity} order. */
  private static Map<Activity, BigDecimal> minutes(int... perActivity) {
    Map<Activity, BigDecimal> minutes = new EnumMap<>(Activity.class);
    for (Activity activity : Activity.values()) {
      minutes.put(activity, BigDecimal.valueOf(perActivity[activity.ordinal()]));
    }
    return minutes;
  }

  private static Map<Medium, BigDecimal> fees(String... mediumAndFee) {
    Map<Medium, BigDecimal> fees = new EnumMap<>(Medium.class);
    for (int i = 0; i < mediumAndFee.length; i += 2) {
      fees.put(Medium.valueOf(mediumAndFee[i]), new BigDecimal(mediumAndFee[i + 1]));
    }
    return fees;
  }
}
