// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.portal.ordering;

import jakarta.faces.model.SelectItem;
import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;
import org.extranet.marketplace.ordering.Availability;
import org.extranet.marketplace.ordering.LineAvailability;
import org.extranet.marketplace.ordering.OrderRequest;
import org.extranet.marketplace.ordering.ShortageChoice;

/**
 * One cart line at checkout: what the supplier and its upstream tiers said, and — when the supplier is short —
 * the buyer's choice among the options ("BACKORDER", "WAIT", or "SUBSTITUTE:<productId>").
 */
public class CheckoutRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private final CartRow line;
  private final boolean shipsNow;
  private final String tiers;
  private final List<SelectItem> options;
  private String choice;

  CheckoutRow(CartRow line, Availability.Answer answer) {
    this.line = line;
    this.shipsNow = answer.available() >= answer.requested();
    this.tiers = answer.tiers().stream()
        .map(t -> t.tier() + " " + (t.isKnown() ? t.available() + (t.earliestDate() == null ? "" : " by " + t.earliestDate()) : "unknown"))
        .collect(Collectors.joining(" · "));
    this.options = answer.options().stream().filter(o -> o.kind() != LineAvailability.SHIP_NOW)
        .map(CheckoutRow::item).toList();
  }

  private static SelectItem item(Availability.Option option) {
    return switch (option.kind()) {
      case BACKORDER -> new SelectItem("BACKORDER", "Ship what is there, the rest (" + option.quantity() + ") by " + option.date());
      case WAIT -> new SelectItem("WAIT", "Wait and ship all together by " + option.date() + " (upstream)");
      case SUBSTITUTE -> new SelectItem("SUBSTITUTE:" + option.productId(), "Take " + option.productName() + " instead (in stock)");
      default -> throw new IllegalArgumentException(option.kind().name());
    };
  }

  /** The order line this row asks for, at the price the buyer agreed to in the cart. */
  OrderRequest.Line toLine() {
    ShortageChoice shortage = null;
    Long substitute = null;
    if (!shipsNow && choice != null && !choice.isBlank()) {
      String[] parts = choice.split(":");
      shortage = ShortageChoice.valueOf(parts[0]);
      substitute = parts.length > 1 ? Long.valueOf(parts[1]) : null;
    }
    return new OrderRequest.Line(line.getProductId(), line.getQuantity(), shortage, substitute, line.agreedPrice());
  }

  public CartRow getLine() { return line; }
  public boolean isShipsNow() { return shipsNow; }
  public String getTiers() { return tiers; }
  public List<SelectItem> getOptions() { return options; }
  public String getChoice() { return choice; }
  public void setChoice(String choice) { this.choice = choice; }
}
