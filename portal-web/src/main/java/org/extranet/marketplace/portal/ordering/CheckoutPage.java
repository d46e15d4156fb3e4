// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.portal.ordering;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.extranet.marketplace.ordering.Availability;
import org.extranet.marketplace.ordering.Cart;
import org.extranet.marketplace.ordering.OrderRequest;
import org.extranet.marketplace.ordering.SubmitOrder;
import org.extranet.marketplace.ordering.ledger.Channel;
import org.extranet.marketplace.portal.shell.Outcomes;
import org.extranet.marketplace.shared.NotFoundException;

/**
 * Checkout: availability across the suppliers' tiers for every cart line, a choice for each short line, then
 * one order. The page keeps one Idempotency-Key from the moment it opens, so a double click or a resubmission
 * gives the same order; the seconds from opening to placing are the buyer's time on task in the ledger.
 */
@Named("checkoutPage")
@ViewScoped
public class CheckoutPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient Cart cart;
  @Inject transient Availability availability;
  @Inject transient SubmitOrder submitOrder;

  private final String idempotencyKey = UUID.randomUUID().toString();
  private final Instant opened = Instant.now();
  private List<CheckoutRow> rows = List.of();
  private String note;
  private Long orderId;

  @PostConstruct
  void load() {
    rows = cart.lines().stream().map(CartRow::new)
        .map(line -> new CheckoutRow(line, availability.check(line.getProductId(), line.getQuantity())))
        .toList();
  }

  public void place() throws IOException {
    OrderRequest request = new OrderRequest(rows.stream().map(CheckoutRow::toLine).toList(), note);
    int seconds = (int) Math.min(Integer.MAX_VALUE, Duration.between(opened, Instant.now()).toSeconds());
    boolean placed = Outcomes.run(() -> orderId = submitOrder.submit(request, Channel.PORTAL, seconds, idempotencyKey).order().id(),
        "Order placed", line -> "checkout:lines:" + (line - 1) + ":quantity");
    if (placed) {
      rows.forEach(row -> removeFromCart(row.getLine().getProductId()));
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext().getFlash().setKeepMessages(true);
      faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + "/buyer/order.xhtml?id=" + orderId);
    }
  }

  private void removeFromCart(Long productId) {
    try {
      cart.remove(productId);
    } catch (NotFoundException alreadyGone) {
      // a second click on "Place order" got the same order back (same Idempotency-Key); the line went the first time
    }
  }

  public List<CheckoutRow> getRows() { return rows; }
  public boolean isShort() { return rows.stream().anyMatch(r -> !r.isShipsNow()); }
  public String getNote() { return note; }
  public void setNote(String note) { this.note = note; }
}
