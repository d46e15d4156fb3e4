// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.demo;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumSet;
import java.util.List;
import org.extranet.marketplace.catalog.Product;
import org.extranet.marketplace.catalog.ProductCatalog;
import org.extranet.marketplace.catalog.ProductRepository;
import org.extranet.marketplace.catalog.ProductView;
import org.extranet.marketplace.ordering.ManualOrders;
import org.extranet.marketplace.ordering.OrderRequest;
import org.extranet.marketplace.ordering.ShortageChoice;
import org.extranet.marketplace.ordering.SubmitOrder;
import org.extranet.marketplace.ordering.ledger.Channel;
import org.extranet.marketplace.ordering.ledger.ManualSource;
import org.extranet.marketplace.organization.Caller;
import org.extranet.marketplace.organization.MemberRole;

/**
 * A few of today's orders, through the real use cases as the people who place them: gina's two-supplier
 * order (placed), her order over her 5,000 USD limit (waiting for gus), and an order Acme's alice phoned
 * to Northwind's order desk (keyed in, channel MANUAL); then {@link DemoFulfilment} takes three more orders
 * through acknowledgement, shipping, tracking and receipt. The year of history behind the metrics is
 * {@link DemoHistory}, loaded before. Skipped when gina's first demo order exists.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoOrders {

  private static final String GINA = "gina@globex.example";

  @Inject Caller caller;
  @Inject ProductRepository products;
  @Inject ProductCatalog catalog;
  @Inject SubmitOrder submitOrder;
  @Inject ManualOrders manualOrders;
  @Inject DemoFulfilment fulfilment;
  @PersistenceContext EntityManager em;

  public void load() {
    if (em.createQuery("select count(k) from SubmissionKey k where k.id.organizationId = :globex and k.id.key = 'demo-order-1'",
            Long.class).setParameter("globex", DemoCompanies.GLOBEX_ID).getSingleResult() > 0) {
      return;
    }
    List<DemoSupplier> suppliers = DemoSuppliers.all();
    DemoSupplier northwind = suppliers.get(0);
    caller.actAs(DemoCompanies.GLOBEX_ID, GINA, EnumSet.of(MemberRole.BUYER), () -> {
      ProductView licence = view(northwind, 1);
      ProductView other = view(suppliers.get(1), 2);
      submitOrder.submit(new OrderRequest(List.of(line(licence, smallest(licence)), line(other, smallest(other))),
          "Demo: two suppliers, one order"), Channel.PORTAL, 240, "demo-order-1");
      ProductView big = view(suppliers.get(2), 3);
      submitOrder.submit(new OrderRequest(List.of(line(big, over(big, new BigDecimal("6500.00")))),
          "Demo: over gina's limit, waits for gus"), Channel.PORTAL, 300, "demo-order-2");
      return null;
    });
    caller.actAs(northwind.id(), "sam@northwind.example", EnumSet.of(MemberRole.SUPPLIER), () -> {
      ProductView phoned = view(northwind, 4);
      return manualOrders.key(new ManualOrders.Received(DemoCompanies.ACME_ID, "alice@acme.example", ManualSource.PHONE, 12),
          new OrderRequest(List.of(line(phoned, smallest(phoned))), "Demo: phoned in by Acme"), "demo-order-3");
    });
    DemoSupplier hardware = suppliers.stream().skip(1).filter(s -> shippable(s) != null).findFirst().orElseThrow();
    fulfilment.load(northwind, shippable(northwind), hardware, shippable(hardware));
  }

  /** The supplier's first listing that ships as goods, or null. */
  private ProductView shippable(DemoSupplier supplier) {
    for (int i = 0; i < DemoCatalog.LISTINGS_PER_SUPPLIER; i++) {
      ProductView product = view(supplier, i);
      if (DemoFulfilment.shippable(product, 4)) {
        return product;
      }
    }
    return null;
  }

  private ProductView view(DemoSupplier supplier, int listing) {
    Product product = products.bySku(supplier.id(), DemoCatalog.sku(supplier, listing)).orElseThrow();
    return catalog.product(product.id());
  }

  private static OrderRequest.Line line(ProductView product, int quantity) {
    return new OrderRequest.Line(product.id(), quantity, ShortageChoice.BACKORDER, null, null);
  }

  private static int smallest(ProductView product) {
    return roundUpToPacks(product.minimumOrderQuantity(), product.packSize());
  }

  /** The smallest allowed quantity whose list value is over {@code amount}. */
  private static int over(ProductView product, BigDecimal amount) {
    int units = amount.divide(product.price().amount(), 0, RoundingMode.FLOOR).intValue() + 1;
    return roundUpToPacks(Math.max(units, product.minimumOrderQuantity()), product.packSize());
  }

  private static int roundUpToPacks(int quantity, int pack) {
    return ((quantity + pack - 1) / pack) * pack;
  }
}
