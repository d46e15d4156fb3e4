// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.invoicing;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.extranet.marketplace.ordering.PurchaseOrder;
import org.extranet.marketplace.organization.TenantOwned;

/** A supplier's invoice for (part of) one purchase order, and how it matches the order and the receipts. */
@Entity
@Table(name = "invoice")
public class Invoice implements TenantOwned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "invoice_number", nullable = false, length = 40)
  private String number;

  @ManyToOne(optional = false)
  @JoinColumn(name = "purchase_order_id")
  private PurchaseOrder purchaseOrder;

  @Column(name = "order_id", nullable = false)
  private Long orderId;

  @Column(name = "supplier_id", nullable = false, length = 36)
  private String supplierId;

  @Column(name = "buyer_id", nullable = false, length = 36)
  private String buyerId;

  @Enumerated(EnumType.STRING)
  @Column(name = "match_status", nullable = false, length = 20)
  private MatchStatus matchStatus;

  @Column(nullable = false, length = 3)
  private String currency;

  @Column(nullable = false, precision = 19, scale = 2)
  private BigDecimal subtotal;

  @Column(name = "tax_rate", nullable = false, precision = 7, scale = 4)
  private BigDecimal taxRate;

  @Column(nullable = false, precision = 19, scale = 2)
  private BigDecimal tax;

  @Column(nullable = false, precision = 19, scale = 2)
  private BigDecimal total;

  @Column(name = "issued_at", nullable = false)
  private Instant issuedAt;

  @Column(name = "issued_by", nullable = false, length = 254)
  private String issuedBy;

  @ElementCollection
  @CollectionTable(name = "invoice_line", joinColumns = @JoinColumn(name = "invoice_id"))
  private List<InvoiceLine> lines = new ArrayList<>();

  @Version private long version;

  protected Invoice() {} // for JPA only

  Invoice(String number, PurchaseOrder po, List<InvoiceLine> lines, BigDecimal taxRate, Instant at, String by) {
    this.number = number;
    this.purchaseOrder = po;
    this.orderId = po.order().id();
    this.supplierId = po.supplierId();
    this.buyerId = po.buyerId();
    this.currency = po.total().currency();
    this.lines.addAll(lines);
    this.taxRate = taxRate;
    this.subtotal = lines.stream().map(InvoiceLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.HALF_UP);
    this.tax = subtotal.multiply(taxRate).setScale(2, RoundingMode.HALF_UP);
    this.total = subtotal.add(tax);
    this.issuedAt = at;
    this.issuedBy = by;
    this.matchStatus = MatchStatus.QUANTITY_MISMATCH; // until matched
  }

  /** @return true when the status changed */
  boolean matched(MatchStatus status) {
    boolean changed = status != matchStatus;
    matchStatus = status;
    return changed;
  }

  @Override
  public boolean isVisibleTo(String organizationId) {
    return buyerId.equals(organizationId) || supplierId.equals(organizationId);
  }

  public Long id() { return id; }
  public String number() { return number; }
  public PurchaseOrder purchaseOrder() { return purchaseOrder; }
  public Long orderId() { return orderId; }
  public String supplierId() { return supplierId; }
  public String buyerId() { return buyerId; }
  public MatchStatus matchStatus() { return matchStatus; }
  public String currency() { return currency; }
  public BigDecimal subtotal() { return subtotal; }
  public BigDecimal taxRate() { return taxRate; }
  public BigDecimal tax() { return tax; }
  public BigDecimal total() { return total; }
  public Instant issuedAt() { return issuedAt; }
  public String issuedBy() { return issuedBy; }
  public List<InvoiceLine> lines() { return List.copyOf(lines); }
}
