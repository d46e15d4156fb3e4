// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.ordering;

import java.lang.reflect.Field;
import java.time.Instant;
import org.extranet.marketplace.catalog.ProductKind;
import org.extranet.marketplace.catalog.ProductView;
import org.extranet.marketplace.catalog.pricing.PriceResolution;
import org.extranet.marketplace.ordering.ledger.Channel;
import org.extranet.marketplace.shared.Money;

/** Orders built in memory for state-machine tests, with the ids the database would give. */
public final class Fixtures {

  public static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

  private Fixtures() {}

  /** A placed purchase order of Northwind's to Globex with lines 1 and 2 (ids 11 and 12) of the given quantities. */
  public static PurchaseOrder purchaseOrder(int firstQuantity, int secondQuantity) {
    Order order = new Order("globex", "gina@globex.example", Channel.REST, Money.usd("100.00"), null, NOW);
    PurchaseOrder po = new PurchaseOrder(order, "northwind", Money.usd("100.00"), NOW);
    order.add(po);
    setId(order, 1L);
    setId(po, 5L);
    po.add(line(po, 1, 11L, firstQuantity));
    po.add(line(po, 2, 12L, secondQuantity));
    return po;
  }

  /** The supplier's acknowledgement, for tests outside the ordering package. */
  public static void accept(PurchaseOrder po, Acknowledgement answer, java.time.LocalDate today) {
    po.acknowledge(answer, "sam@northwind.example", NOW, today);
  }

  private static OrderLine line(PurchaseOrder po, int number, long id, int quantity) {
    ProductView product = new ProductView(100L + number, "SKU-" + number, "Product " + number, null, "northwind",
        "Northwind", "43211503", null, "EA", ProductKind.PHYSICAL, Money.usd("5.00"), Money.usd("5.00"), 100, 1, 1, 5,
        null, false);
    OrderLine line = new OrderLine(po, number, new PlannedLine(product, quantity,
        new PriceResolution.Resolved(Money.usd("5.00"), PriceResolution.Source.LIST, null), LineAvailability.SHIP_NOW,
        quantity, null, null));
    setId(line, id);
    return line;
  }

  private static void setId(Object entity, Long id) {
    try {
      Field field = entity.getClass().getDeclaredField("id");
      field.setAccessible(true);
      field.set(entity, id);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
