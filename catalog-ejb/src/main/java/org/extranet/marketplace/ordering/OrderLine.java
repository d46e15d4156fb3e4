// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.ordering;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.extranet.marketplace.catalog.pricing.PriceResolution;
import org.extranet.marketplace.shared.Money;

/**
 * One product ordered: a snapshot of the listing (SKU, name, category) and of the price as it was resolved
 * at submission, so later catalog changes never rewrite an order; and how the line is being supplied.
 */
@Entity
@Table(name = "order_line")
public class OrderLine {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "order_id")
  private Order order;

  @ManyToOne(optional = false)
  @JoinColumn(name = "purchase_order_id")
  private PurchaseOrder purchaseOrder;

  @Column(name = "line_number", nullable = false)
  private int lineNumber;

  @Column(name = "product_id", nullable = false)
  private Long productId;

  @Column(nullable = false, length = 64)
  private String sku;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(name = "category_code", nullable = false, length = 8)
  private String category;

  @Column(nullable = false)
  private int quantity;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "amount", column = @Column(name = "unit_price_amount")),
    @AttributeOverride(name = "currency", column = @Column(name = "unit_price_currency"))
  })
  private Money unitPrice;

  @Column(name = "list_price_amount", nullable = false, precision = 19, scale = 2)
  private BigDecimal listPriceAmount;

  @Enumerated(EnumType.STRING)
  @Column(name = "price_source", nullable = false, length = 16)
  private PriceResolution.Source priceSource;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private LineAvailability availability;

  @Column(name = "reserved_quantity", nullable = false)
  private int reservedQuantity;

  @Column(name = "expected_date")
  private LocalDate expectedDate;

  @Column(name = "replaced_product_id")
  private Long replacedProductId;

  /** Set at acknowledgement: what ships now (the rest, on a PARTIAL, follows by the promised date). */
  @Column(name = "accepted_quantity")
  private Integer acceptedQuantity;

  @Column(name = "promised_date")
  private LocalDate promisedDate;

  /** On its way or delivered; a failed shipment's units count as still to ship. */
  @Column(name = "shipped_quantity", nullable = false)
  private int shippedQuantity;

  /** What the buyer confirmed receiving. */
  @Column(name = "received_quantity", nullable = false)
  private int receivedQuantity;

  /** What the supplier invoiced so far. */
  @Column(name = "invoiced_quantity", nullable = false)
  private int invoicedQuantity;

  protected OrderLine() {} // for JPA only

  OrderLine(PurchaseOrder purchaseOrder, int lineNumber, PlannedLine planned) {
    this.order = purchaseOrder.order();
    this.purchaseOrder = purchaseOrder;
    this.lineNumber = lineNumber;
    this.productId = planned.product().id();
    this.sku = planned.product().sku();
    this.name = planned.product().name();
    this.category = planned.product().category();
    this.quantity = planned.quantity();
    this.unitPrice = planned.price().unitPrice();
    this.listPriceAmount = planned.product().listPrice().amount();
    this.priceSource = planned.price().source();
    this.availability = planned.availability();
    this.reservedQuantity = planned.reserved();
    this.expectedDate = planned.expectedDate();
    this.replacedProductId = planned.replacedProductId();
  }

  void acknowledge(int accepted, LocalDate promised) {
    this.acceptedQuantity = accepted;
    this.promisedDate = promised;
  }

  /** Ordered and not (successfully) shipped yet. */
  public int toShip() {
    return quantity - shippedQuantity;
  }

  void shipped(int units) {
    shippedQuantity += units;
  }

  void shipmentFailed(int units) {
    shippedQuantity -= units;
  }

  void received(int units) {
    receivedQuantity += units;
  }

  /** Shipped (not failed) and not invoiced yet. */
  public int toInvoice() {
    return shippedQuantity - invoicedQuantity;
  }

  void invoiced(int units) {
    invoicedQuantity += units;
  }

  /** quantity × unit price. */
  public Money amount() {
    return Money.of(unitPrice.amount().multiply(BigDecimal.valueOf(quantity)), unitPrice.currency());
  }

  public Long id() { return id; }
  public PurchaseOrder purchaseOrder() { return purchaseOrder; }
  public int lineNumber() { return lineNumber; }
  public Long productId() { return productId; }
  public String sku() { return sku; }
  public String name() { return name; }
  public String category() { return category; }
  public int quantity() { return quantity; }
  public Money unitPrice() { return unitPrice; }
  public Money listPrice() { return Money.of(listPriceAmount, unitPrice.currency()); }
  public PriceResolution.Source priceSource() { return priceSource; }
  public LineAvailability availability() { return availability; }
  public int reservedQuantity() { return reservedQuantity; }
  public LocalDate expectedDate() { return expectedDate; }
  public Long replacedProductId() { return replacedProductId; }
  public Integer acceptedQuantity() { return acceptedQuantity; }
  public LocalDate promisedDate() { return promisedDate; }
  public int shippedQuantity() { return shippedQuantity; }
  public int receivedQuantity() { return receivedQuantity; }
  public int invoicedQuantity() { return invoicedQuantity; }
}
