// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.demo;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.extranet.marketplace.catalog.ListingUpkeep;
import org.extranet.marketplace.catalog.ProductCatalog;
import org.extranet.marketplace.catalog.ProductView;
import org.extranet.marketplace.integration.OutboxBatch;
import org.extranet.marketplace.invoicing.InvoiceRequest;
import org.extranet.marketplace.invoicing.Invoicing;
import org.extranet.marketplace.ordering.Acknowledgement;
import org.extranet.marketplace.ordering.Acknowledgements;
import org.extranet.marketplace.ordering.Approvals;
import org.extranet.marketplace.ordering.CallerSteps;
import org.extranet.marketplace.ordering.ManualOrders;
import org.extranet.marketplace.ordering.OrderRequest;
import org.extranet.marketplace.ordering.OrderStatus;
import org.extranet.marketplace.ordering.OrderView;
import org.extranet.marketplace.ordering.ShortageChoice;
import org.extranet.marketplace.ordering.SubmitOrder;
import org.extranet.marketplace.ordering.ledger.Channel;
import org.extranet.marketplace.ordering.ledger.ManualSource;
import org.extranet.marketplace.organization.Caller;
import org.extranet.marketplace.organization.MemberRole;
import org.extranet.marketplace.shipment.NewShipment;
import org.extranet.marketplace.shipment.ShipmentView;
import org.extranet.marketplace.shipment.Shipments;
import org.extranet.marketplace.shipment.TrackingCode;
import org.extranet.marketplace.shipment.TrackingReport;

/**
 * One order of the demo's history, from the buyer's request to the supplier's invoice, each step by the
 * real use case as the person (or system) that takes it, at the moment it happens. A manual order is phoned,
 * faxed or e-mailed to the supplier's order desk, which keys it and later records its faxed acknowledgement
 * and packing list, the expediting calls and the paper invoice (channel MANUAL); the buyer's receiving dock
 * confirms by phone. An electronic one is placed in the portal or through the API, approved when over the
 * requester's limit, followed by the carrier's feed. Steps that would fall after {@code end} are left
 * undone: those orders are still open today.
 */
@Dependent
public class HistoryOrder {

  private static final BigDecimal SALES_TAX = new BigDecimal("0.0825");
  private static final String[] CARRIERS = {"UPS", "FEDEX", "DHL", "USPS"};
  private static final String CARRIER_FEED = null; // a partner system acts without a person's e-mail

  @Inject org.extranet.marketplace.shared.ShiftedClock clock;
  @Inject Caller caller;
  @Inject CallerSteps steps;
  @Inject ProductCatalog catalog;
  @Inject ListingUpkeep upkeep;
  @Inject SubmitOrder submitOrder;
  @Inject ManualOrders manualOrders;
  @Inject Approvals approvals;
  @Inject OutboxBatch outbox;
  @Inject Acknowledgements acknowledgements;
  @Inject Shipments shipments;
  @Inject Invoicing invoicing;

  private Instant now;
  private Instant end;
  private Random random;
  private int shipmentNumber;

  void run(DemoShelf.Habit habit, Instant at, Instant end, boolean manual, Random random) {
    this.now = at;
    this.end = end;
    this.random = random;
    Map<String, List<OrderRequest.Line>> bySupplier = lines(habit, manual);
    bySupplier.forEach((supplier, lines) -> lines.forEach(l -> restock(supplier, l)));
    clock.travelTo(now);
    OrderView order = manual ? keyed(habit, bySupplier) : placed(habit, bySupplier);
    if (order.status() == OrderStatus.PENDING_APPROVAL) {
      String approver = habit.person(MemberRole.APPROVER);
      if (approver == null || !advance(hours(2, 20))) {
        return;
      }
      as(habit.buyer().id(), approver, MemberRole.APPROVER, () -> approvals.approve(order.id(), Channel.PORTAL, seconds(40, 180)));
    }
    if (!advance(Duration.ofMinutes(1))) {
      return;
    }
    while (outbox.deliverDue(50) == 50) {
      // the purchase orders reach the suppliers "then", not when the worker next runs in the present
    }
    Instant placedAt = now;
    for (OrderView.PurchaseOrderView po : order.purchaseOrders()) {
      now = placedAt;
      fulfil(habit, po, manual);
    }
  }

  /** One or two categories; a manual order goes to one supplier (one call), an electronic one may span two. */
  private Map<String, List<OrderRequest.Line>> lines(DemoShelf.Habit habit, boolean manual) {
    List<String> categories = new ArrayList<>(habit.categories());
    java.util.Collections.shuffle(categories, random);
    Map<String, List<OrderRequest.Line>> bySupplier = new LinkedHashMap<>();
    String first = null;
    for (String category : categories.subList(0, 1 + random.nextInt(2))) {
      String supplier = first != null && manual ? first : habit.supplierFor(category, random);
      if (!habit.sells(category, supplier)) {
        continue; // the supplier on the phone does not carry the second category
      }
      first = first == null ? supplier : first;
      ProductView product = habit.product(category, supplier, random);
      if ( bySupplier.values().stream().flatMap(List::stream).anyMatch(l -> l.productId().equals(product.id()))) {
        continue;
      }
      int units = Math.max(product.minimumOrderQuantity(), 1 + random.nextInt(product.listPrice().amount().intValue() > 400 ? 3 : 12));
      units = ((units + product.packSize() - 1) / product.packSize()) * product.packSize();
      bySupplier.computeIfAbsent(supplier, s -> new ArrayList<>())
          .add(new OrderRequest.Line(product.id(), units, ShortageChoice.BACKORDER, null, null));
    }
    return bySupplier;
  }

  /** Goods come in: the supplier's stock is raised before an order it could not cover. */
  private void restock(String supplierId, OrderRequest.Line line) {
    ProductView product = catalog.product(line.productId());
    if (product.stock() < line.quantity()) {
      clock.travelTo(now.minus(Duration.ofHours(1)));
      as(supplierId, "catalog@" + domainOf(supplierId), MemberRole.SUPPLIER,
          () -> upkeep.restock(product.sku(), product.stock() + 50 + line.quantity()));
    }
  }

  private OrderView keyed(DemoShelf.Habit habit, Map<String, List<OrderRequest.Line>> bySupplier) {
    String supplier = bySupplier.keySet().iterator().next();
    ManualSource source = ManualSource.values()[random.nextInt(ManualSource.values().length)];
    ManualOrders.Received received = new ManualOrders.Received(habit.buyer().id(), habit.person(MemberRole.BUYER), source,
        20 + random.nextInt(21));
    return as(supplier, orderDesk(supplier), MemberRole.SUPPLIER, () -> manualOrders.key(received,
        new OrderRequest(bySupplier.get(supplier), "Received by " + source.name().toLowerCase()), key(habit)));
  }

  private OrderView placed(DemoShelf.Habit habit, Map<String, List<OrderRequest.Line>> bySupplier) {
    List<OrderRequest.Line> lines = bySupplier.values().stream().flatMap(List::stream).toList();
    // Acme's procurement system places its orders through the API; the others use the portal
    Channel channel = habit.buyer().id().equals(DemoCompanies.ACME_ID) || random.nextInt(4) == 0 ? Channel.REST : Channel.PORTAL;
    Integer seconds = channel == Channel.PORTAL ? seconds(150, 480) : null;
    return as(habit.buyer().id(), habit.person(MemberRole.BUYER), MemberRole.BUYER,
        () -> submitOrder.submit(new OrderRequest(lines, null), channel, seconds, key(habit)).order());
  }

  /** Acknowledged, shipped, tracked, received and invoiced — or rejected now and then. */
  private void fulfil(DemoShelf.Habit habit, OrderView.PurchaseOrderView po, boolean manual) {
    String supplier = po.supplierId();
    if (!advance(manual ? hours(5, 40) : hours(1, 20))) {
      return;
    }
    LocalDate promised = today().plusDays(3 + random.nextInt(4));
    boolean rejected = random.nextInt(30) == 0;
    Acknowledgement answer = rejected
        ? new Acknowledgement(Acknowledgement.Decision.REJECT, null, null, "Out of stock at our warehouse; no date from our source")
        : new Acknowledgement(Acknowledgement.Decision.ACCEPT, null, promised, null);
    bySupplier(supplier, manual, ManualSource.FAX, 30, 150, (channel, seconds) -> acknowledgements.acknowledge(po.id(), answer, channel, seconds));
    if (rejected || !advance(hours(20, 60))) {
      return;
    }
    ShipmentView shipment = ship(supplier, po, manual);
    boolean failed = random.nextInt(14) == 0;
    boolean late = random.nextInt(7) == 0;
    if (!advance(hours(18, 30))) {
      return;
    }
    track(supplier, shipment, TrackingCode.IN_TRANSIT, manual);
    if (!advance(late ? hours(100, 160) : hours(20, 60))) {
      return;
    }
    track(supplier, shipment, failed ? TrackingCode.FAILED : TrackingCode.DELIVERED, manual);
    if (failed) {
      if (!advance(hours(18, 30))) {
        return;
      }
      shipment = ship(supplier, po, manual);
      if (!advance(hours(40, 60))) {
        return;
      }
      track(supplier, shipment, TrackingCode.DELIVERED, manual);
    }
    Long received = shipment.id();
    if (!advance(hours(2, 20))) {
      return;
    }
    as(habit.buyer().id(), habit.person(MemberRole.BUYER), MemberRole.BUYER, () -> manual
        ? steps.keying(ManualSource.PHONE, () -> shipments.confirmReceipt(received, null, Channel.MANUAL, null))
        : shipments.confirmReceipt(received, null, Channel.PORTAL, seconds(20, 90)));
    if (!advance(hours(4, 48))) {
      return;
    }
    bySupplier(supplier, manual, ManualSource.FAX, 30, 120,
        (channel, seconds) -> invoicing.flip(po.id(), new InvoiceRequest(null, SALES_TAX, null), channel, seconds));
  }

  private ShipmentView ship(String supplier, OrderView.PurchaseOrderView po, boolean manual) {
    String carrier = CARRIERS[random.nextInt(CARRIERS.length)];
    String number = "HIST" + String.format("%010d", ++shipmentNumber + 1000L * random.nextInt(1000));
    List<NewShipment.Line> all = po.lines().stream().map(l -> new NewShipment.Line(l.id(), l.quantity())).toList();
    return bySupplier(supplier, manual, ManualSource.FAX, 60, 200,
        (channel, seconds) -> shipments.ship(po.id(), new NewShipment(carrier, number, all), channel, seconds));
  }

  /** By hand: the order desk notes what the carrier said on the phone. Electronic: the carrier's feed reports it. */
  private void track(String supplier, ShipmentView shipment, TrackingCode code, boolean manual) {
    TrackingReport report = new TrackingReport(code, null, null, code == TrackingCode.FAILED ? "Consignee closed; returned to sender" : null);
    if (manual) {
      as(supplier, orderDesk(supplier), MemberRole.SUPPLIER,
          () -> steps.keying(ManualSource.PHONE, () -> shipments.record(shipment.id(), report, Channel.MANUAL, null)));
    } else {
      as(supplier, CARRIER_FEED, MemberRole.PARTNER_INTEGRATION, () -> shipments.record(shipment.id(), report, Channel.REST, null));
    }
  }

  /**
   * A supplier step: keyed from a fax in the manual era (its time is the cost model's, nobody measured it),
   * done in the portal later (where the portal measures from {@code least} to {@code most} seconds).
   */
  private <T> T bySupplier(String supplier, boolean manual, ManualSource source, int least, int most,
      java.util.function.BiFunction<Channel, Integer, T> step) {
    return as(supplier, orderDesk(supplier), MemberRole.SUPPLIER, () -> manual
        ? steps.keying(source, () -> step.apply(Channel.MANUAL, null))
        : step.apply(Channel.PORTAL, seconds(least, most)));
  }

  /** Moves the clock on; false when that would pass the end of the history (the rest has not happened yet). */
  private boolean advance(Duration by) {
    Instant next = now.plus(by);
    if (!next.isBefore(end)) {
      return false;
    }
    now = next;
    clock.travelTo(now);
    return true;
  }

  private LocalDate today() {
    return LocalDate.ofInstant(now, ZoneOffset.UTC);
  }

  private Duration hours(int least, int most) {
    return Duration.ofMinutes(60L * least + random.nextInt(60 * (most - least) + 1));
  }

  private Integer seconds(int least, int most) {
    return least + random.nextInt(most - least + 1);
  }

  private String key(DemoShelf.Habit habit) {
    return "history-" + habit.buyer().id().substring(0, 8) + "-" + now.getEpochSecond();
  }

  private <T> T as(String organizationId, String email, MemberRole role, Supplier<T> work) {
    return caller.actAs(organizationId, email, EnumSet.of(role), work);
  }

  private static String orderDesk(String supplierId) {
    String domain = domainOf(supplierId);
    return domain.equals("northwind.example") ? "sam@northwind.example" : "orders@" + domain;
  }

  private static String domainOf(String supplierId) {
    return DemoSuppliers.all().stream().filter(s -> s.id().equals(supplierId)).findFirst().orElseThrow().domain();
  }
}
