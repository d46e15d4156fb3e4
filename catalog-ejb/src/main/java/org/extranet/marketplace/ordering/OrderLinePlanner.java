// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.ordering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.extranet.marketplace.catalog.BuyerOffers;
import org.extranet.marketplace.catalog.ProductView;
import org.extranet.marketplace.catalog.StockReservations;
import org.extranet.marketplace.shared.ConflictException;
import org.extranet.marketplace.shared.InvalidInputException;
import org.extranet.marketplace.shared.RejectedDocumentException.LineError;

/**
 * Turns requested lines into priced, supplied lines inside the placing transaction: checks every line
 * (naming each bad one), prices it for the buyer, and takes its stock — all of a line or, with a shortage
 * choice, what there is. Refuses the whole order, having written nothing that survives the rollback, when
 * any line is bad (400), no longer orderable or re-priced (409), or short without a choice (409).
 */
@ApplicationScoped
public class OrderLinePlanner {

  @Inject BuyerOffers buyerOffers;
  @Inject StockReservations stock;
  @Inject Clock clock;

  /** @param waitDates for WAIT lines, the date the supplier's upstream tier can deliver by (asked beforehand) */
  public List<PlannedLine> plan(String buyerId, OrderRequest request, Map<Long, LocalDate> waitDates) {
    checkShape(request);
    BuyerOffers.Offers offers = buyerOffers.forBuyer(buyerId, quantities(request));
    checkOrderable(request, offers);
    List<PlannedLine> planned = new ArrayList<>(request.lines().size());
    List<LineError> short_ = new ArrayList<>();
    // take stock in product-id order, so two orders sharing products never wait on each other in a circle
    List<Integer> byProduct = IntStream.range(0, request.lines().size()).boxed()
        .sorted(Comparator.comparing(i -> request.lines().get(i).productId())).toList();
    Map<Integer, PlannedLine> byPosition = new HashMap<>();
    for (int i : byProduct) {
      OrderRequest.Line line = request.lines().get(i);
      PlannedLine supplied = supply(line, offers, waitDates);
      if (supplied == null) {
        ProductView p = offers.orderable().get(line.productId()).product();
        short_.add(new LineError(i + 1, "quantity", "only " + currentStock(line, offers) + " of " + p.sku()
            + " in stock for " + line.quantity() + "; choose BACKORDER, WAIT or SUBSTITUTE"));
      } else {
        byPosition.put(i, supplied);
      }
    }
    if (!short_.isEmpty()) {
      short_.sort(Comparator.comparingInt(LineError::line));
      throw new ConflictException("Stock ran short on " + short_.size() + " line(s); nothing was ordered.", short_);
    }
    IntStream.range(0, request.lines().size()).forEach(i -> planned.add(byPosition.get(i)));
    return planned;
  }

  private PlannedLine supply(OrderRequest.Line line, BuyerOffers.Offers offers, Map<Long, LocalDate> waitDates) {
    BuyerOffers.Offer offer = offers.orderable().get(line.productId());
    ProductView product = offer.product();
    int quantity = line.quantity();
    if (stock.take(product.id(), quantity)) {
      return new PlannedLine(product, quantity, offer.price(), LineAvailability.SHIP_NOW, quantity, today(), null);
    }
    if (line.shortage() == null) {
      return null;
    }
    return switch (line.shortage()) {
      case BACKORDER -> new PlannedLine(product, quantity, offer.price(), LineAvailability.BACKORDER,
          stock.takeUpTo(product.id(), quantity), today().plusDays(product.leadTimeDays()), null);
      case WAIT -> new PlannedLine(product, quantity, offer.price(), LineAvailability.WAIT,
          stock.takeUpTo(product.id(), quantity),
          waitDates.getOrDefault(product.id(), today().plusDays(product.leadTimeDays())), null);
      case SUBSTITUTE -> {
        BuyerOffers.Offer substitute = offers.orderable().get(line.substituteProductId());
        yield stock.take(substitute.product().id(), quantity)
            ? new PlannedLine(substitute.product(), quantity, substitute.price(), LineAvailability.SUBSTITUTE, quantity,
                today(), product.id())
            : null;
      }
    };
  }

  private static int currentStock(OrderRequest.Line line, BuyerOffers.Offers offers) {
    Long asked = line.shortage() == ShortageChoice.SUBSTITUTE ? line.substituteProductId() : line.productId();
    return offers.orderable().get(asked).product().stock();
  }

  /** The request's form: lines present, quantities sensible, each product once, substitutes named. */
  private static void checkShape(OrderRequest request) {
    List<InvalidInputException.Violation> violations = new ArrayList<>();
    if (request.lines().isEmpty() || request.lines().size() > OrderRequest.MAX_LINES) {
      violations.add(new InvalidInputException.Violation("lines", "an order has 1 to " + OrderRequest.MAX_LINES + " lines"));
    }
    if (request.note() != null && request.note().length() > 1000) {
      violations.add(new InvalidInputException.Violation("note", "at most 1000 characters"));
    }
    Set<Long> seen = new HashSet<>();
    for (int i = 0; i < request.lines().size(); i++) {
      OrderRequest.Line line = request.lines().get(i);
      String at = "lines[" + i + "].";
      if (line == null || line.productId() == null) {
        violations.add(new InvalidInputException.Violation(at + "productId", "is required"));
        continue;
      }
      if (!seen.add(line.productId())) {
        violations.add(new InvalidInputException.Violation(at + "productId", "product " + line.productId() + " is on an earlier line; put the quantities together"));
      }
      if (line.quantity() == null || line.quantity() < 1 || line.quantity() > Cart.MAX_QUANTITY) {
        violations.add(new InvalidInputException.Violation(at + "quantity", "must be a whole number from 1 to " + Cart.MAX_QUANTITY));
      }
      if ((line.shortage() == ShortageChoice.SUBSTITUTE) != (line.substituteProductId() != null)) {
        violations.add(new InvalidInputException.Violation(at + "substituteProductId", "is required with shortage SUBSTITUTE, and only with it"));
      }
    }
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
  }

  /** Every product orderable by this buyer, in quantities its listing allows, at the price the buyer expects. */
  private static void checkOrderable(OrderRequest request, BuyerOffers.Offers offers) {
    List<InvalidInputException.Violation> invalid = new ArrayList<>();
    List<LineError> conflicts = new ArrayList<>();
    String currency = null;
    for (int i = 0; i < request.lines().size(); i++) {
      OrderRequest.Line line = request.lines().get(i);
      String at = "lines[" + i + "].";
      for (Long id : line.substituteProductId() == null ? List.of(line.productId()) : List.of(line.productId(), line.substituteProductId())) {
        String field = at + (id.equals(line.productId()) ? "productId" : "substituteProductId");
        BuyerOffers.Offer offer = offers.orderable().get(id);
        if (offers.supplierNotActive().contains(id)) {
          conflicts.add(new LineError(i + 1, field, "product " + id + " cannot be ordered: its supplier is not active in the network (suspended or lapsed)"));
        } else if (offer == null) {
          invalid.add(new InvalidInputException.Violation(field, "no orderable product " + id));
        } else {
          ProductView p = offer.product();
          if (line.quantity() < p.minimumOrderQuantity()) {
            invalid.add(new InvalidInputException.Violation(at + "quantity", "the minimum order quantity of " + p.sku() + " is " + p.minimumOrderQuantity()));
          } else if (line.quantity() % p.packSize() != 0) {
            invalid.add(new InvalidInputException.Violation(at + "quantity", p.sku() + " comes in packs of " + p.packSize() + "; order a multiple of it"));
          }
          String lineCurrency = offer.price().unitPrice().currency();
          if (currency != null && !currency.equals(lineCurrency)) {
            invalid.add(new InvalidInputException.Violation(field, "an order is in one currency; " + p.sku() + " is priced in " + lineCurrency + ", earlier lines in " + currency));
          }
          currency = currency == null ? lineCurrency : currency;
        }
      }
      BuyerOffers.Offer asked = offers.orderable().get(line.productId());
      if (asked != null && line.expectedUnitPrice() != null && !asked.price().unitPrice().sameValueAs(line.expectedUnitPrice())) {
        conflicts.add(new LineError(i + 1, at + "expectedUnitPrice", "the price of " + asked.product().sku() + " changed from "
            + line.expectedUnitPrice() + " to " + asked.price().unitPrice() + "; re-confirm the line"));
      }
    }
    if (!invalid.isEmpty()) {
      throw new InvalidInputException(invalid);
    }
    if (!conflicts.isEmpty()) {
      throw new ConflictException(conflicts.size() + " line(s) must be re-confirmed or removed; nothing was ordered.", conflicts);
    }
  }

  private static Map<Long, Integer> quantities(OrderRequest request) {
    Map<Long, Integer> quantities = new HashMap<>();
    for (OrderRequest.Line line : request.lines()) {
      quantities.put(line.productId(), line.quantity());
      if (line.substituteProductId() != null) {
        quantities.putIfAbsent(line.substituteProductId(), line.quantity());
      }
    }
    return quantities;
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(ZoneOffset.UTC));
  }
}
