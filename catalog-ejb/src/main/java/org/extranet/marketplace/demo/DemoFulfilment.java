// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.demo;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Supplier;
import org.extranet.marketplace.catalog.ProductKind;
import org.extranet.marketplace.catalog.ProductView;
import org.extranet.marketplace.invoicing.InvoiceRequest;
import org.extranet.marketplace.invoicing.Invoicing;
import org.extranet.marketplace.ordering.Acknowledgement;
import org.extranet.marketplace.ordering.Acknowledgement.Decision;
import org.extranet.marketplace.ordering.Acknowledgements;
import org.extranet.marketplace.ordering.OrderRequest;
import org.extranet.marketplace.ordering.OrderView;
import org.extranet.marketplace.ordering.ShortageChoice;
import org.extranet.marketplace.ordering.SubmitOrder;
import org.extranet.marketplace.ordering.ledger.Channel;
import org.extranet.marketplace.organization.Caller;
import org.extranet.marketplace.organization.MemberRole;
import org.extranet.marketplace.shipment.NewShipment;
import org.extranet.marketplace.shipment.ShipmentView;
import org.extranet.marketplace.shipment.Shipments;
import org.extranet.marketplace.shipment.TrackingCode;
import org.extranet.marketplace.shipment.TrackingReport;

/**
 * Today's orders after they were placed, through the real use cases as the people who do each step:
 * Northwind (sam) accepts gina's order and ships it with UPS, the carrier reports it in transit and
 * delivered, gina confirms receipt; a hardware supplier accepts part of another order, its first shipment
 * fails and the reshipment is under way (invoiced already: not matched until received); a third order is
 * rejected with a reason. The delivered order is invoiced and matched. So the buyer's tracking view, the
 * invoices and the suppliers' scorecards have data on first start.
 */
@Dependent // called by DemoOrders outside any transaction: each use case commits on its own
public class DemoFulfilment {

  private static final String GINA = "gina@globex.example";
  private static final BigDecimal UNDER_LIMIT = new BigDecimal("4000.00");
  private static final BigDecimal SALES_TAX = new BigDecimal("0.0825");

  @Inject Caller caller;
  @Inject SubmitOrder submitOrder;
  @Inject Acknowledgements acknowledgements;
  @Inject Shipments shipments;
  @Inject Invoicing invoicing;

  /** @param northwindProduct and {@code hardware}: in-stock PHYSICAL products of Northwind and of another supplier */
  void load(DemoSupplier northwind, ProductView northwindProduct, DemoSupplier hardwareSupplier, ProductView hardware) {
    OrderView.PurchaseOrderView delivered = placed(northwindProduct, 2, "demo-order-4", "Demo: delivered by UPS");
    asSupplier(northwind, () -> {
      acknowledgements.acknowledge(delivered.id(), new Acknowledgement(Decision.ACCEPT, null, null, null), Channel.PORTAL, 45);
      ShipmentView ups = shipments.ship(delivered.id(), new NewShipment("UPS", "1ZDEMO0000000001", all(delivered)), Channel.PORTAL, 90);
      shipments.record(ups.id(), new TrackingReport(TrackingCode.IN_TRANSIT, null, "Louisville, KY", null), Channel.PORTAL, 20);
      return shipments.record(ups.id(), new TrackingReport(TrackingCode.DELIVERED, null, "Chicago, IL", "Signed by reception"), Channel.PORTAL, 20);
    });
    asBuyer(() -> shipments.confirmReceipt(shipments.ofPurchaseOrder(delivered.id()).get(0).id(), null, Channel.PORTAL, 30));
    asSupplier(northwind, () -> invoicing.flip(delivered.id(), new InvoiceRequest(null, SALES_TAX, null), Channel.PORTAL, 60));

    OrderView.PurchaseOrderView failed = placed(hardware, 4, "demo-order-5", "Demo: part now, the rest backordered");
    asSupplier(hardwareSupplier, () -> {
      OrderView.LineView line = failed.lines().get(0);
      acknowledgements.acknowledge(failed.id(), new Acknowledgement(Decision.PARTIAL,
          List.of(new Acknowledgement.LineDecision(line.id(), 2, LocalDate.now().plusDays(14))), null, null), Channel.PORTAL, 60);
      ShipmentView dhl = shipments.ship(failed.id(), new NewShipment("DHL", "JDDEMO0000000002",
          List.of(new NewShipment.Line(line.id(), 2))), Channel.PORTAL, 90);
      shipments.record(dhl.id(), new TrackingReport(TrackingCode.FAILED, null, "Chicago, IL", "Consignee closed, returned to sender"),
          Channel.PORTAL, 30);
      ShipmentView fedex = shipments.ship(failed.id(), new NewShipment("FEDEX", "DEMO00000000003",
          List.of(new NewShipment.Line(line.id(), 2))), Channel.PORTAL, 90);
      shipments.record(fedex.id(), new TrackingReport(TrackingCode.IN_TRANSIT, null, "Memphis, TN", null), Channel.PORTAL, 20);
      // billed as soon as it left: QUANTITY_MISMATCH until the buyer confirms the receipt
      return invoicing.flip(failed.id(), new InvoiceRequest(null, SALES_TAX, null), Channel.PORTAL, 60);
    });

    OrderView.PurchaseOrderView rejected = placed(northwindProduct, 1, "demo-order-6", "Demo: rejected by the supplier");
    asSupplier(northwind, () -> acknowledgements.acknowledge(rejected.id(),
        new Acknowledgement(Decision.REJECT, null, null, "Discontinued; ask us about its successor"), Channel.PORTAL, 40));
  }

  /** Whether a product can stand for goods that ship in the demo, in orders well under gina's spending limit. */
  static boolean shippable(ProductView product, int quantity) {
    return product.kind() == ProductKind.PHYSICAL && product.stock() >= quantity && product.minimumOrderQuantity() <= 1
        && product.packSize() == 1 && product.price().amount().multiply(BigDecimal.valueOf(quantity)).compareTo(UNDER_LIMIT) < 0;
  }

  private OrderView.PurchaseOrderView placed(ProductView product, int quantity, String key, String note) {
    return asBuyer(() -> submitOrder.submit(new OrderRequest(List.of(new OrderRequest.Line(product.id(), quantity,
        ShortageChoice.BACKORDER, null, null)), note), Channel.PORTAL, 120, key).order().purchaseOrders().get(0));
  }

  private static List<NewShipment.Line> all(OrderView.PurchaseOrderView po) {
    return po.lines().stream().map(l -> new NewShipment.Line(l.id(), l.quantity())).toList();
  }

  private <T> T asBuyer(Supplier<T> work) {
    return caller.actAs(DemoCompanies.GLOBEX_ID, GINA, EnumSet.of(MemberRole.BUYER), work);
  }

  private <T> T asSupplier(DemoSupplier supplier, Supplier<T> work) {
    String orderDesk = supplier.domain().equals("northwind.example") ? "sam@northwind.example" : "orders@" + supplier.domain();
    return caller.actAs(supplier.id(), orderDesk, EnumSet.of(MemberRole.SUPPLIER), work);
  }
}
