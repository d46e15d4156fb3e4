// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.ordering;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.extranet.marketplace.organization.TenantOwned;
import org.extranet.marketplace.shared.ConflictException;
import org.extranet.marketplace.shared.Money;

/** One supplier's part of an order: its lines, their total, and where it stands with the supplier. */
@Entity
@Table(name = "purchase_order")
public class PurchaseOrder implements TenantOwned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "order_id")
  private Order order;

  @Column(name = "supplier_id", nullable = false, length = 36)
  private String supplierId;

  @Column(name = "buyer_id", nullable = false, length = 36)
  private String buyerId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private PurchaseOrderStatus status;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "amount", column = @Column(name = "total_amount")),
    @AttributeOverride(name = "currency", column = @Column(name = "total_currency"))
  })
  private Money total;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  @OneToMany(mappedBy = "purchaseOrder", cascade = CascadeType.ALL)
  @OrderBy("lineNumber")
  private List<OrderLine> lines = new ArrayList<>();

  @Version private long version;

  protected PurchaseOrder() {} // for JPA only

  PurchaseOrder(Order order, String supplierId, Money total, Instant at) {
    this.order = order;
    this.supplierId = supplierId;
    this.buyerId = order.buyerId();
    this.total = total;
    this.createdAt = at;
    this.status = PurchaseOrderStatus.QUEUED;
  }

  void add(OrderLine line) {
    lines.add(line);
  }

  void awaitApproval() {
    status = PurchaseOrderStatus.AWAITING_APPROVAL;
  }

  void queue() {
    status = PurchaseOrderStatus.QUEUED;
  }

  /** Delivered to the supplier's channel; false when it was cancelled meanwhile (nothing to deliver). */
  boolean markSent(Instant at) {
    if (status != PurchaseOrderStatus.QUEUED) {
      return false;
    }
    status = PurchaseOrderStatus.SENT;
    sentAt = at;
    return true;
  }

  void requireCancellable() {
    if (status == PurchaseOrderStatus.CANCELLED) {
      return;
    }
    if (status != PurchaseOrderStatus.AWAITING_APPROVAL && status != PurchaseOrderStatus.QUEUED
        && status != PurchaseOrderStatus.SENT) {
      throw new ConflictException("purchase order " + id + " is already " + status + " by its supplier");
    }
  }

  void cancel() {
    status = PurchaseOrderStatus.CANCELLED;
  }

  /** The buyer sees its purchase orders; the supplier sees those addressed to it. */
  @Override
  public boolean isVisibleTo(String organizationId) {
    return buyerId.equals(organizationId) || supplierId.equals(organizationId);
  }

  public Long id() { return id; }
  public Order order() { return order; }
  public String supplierId() { return supplierId; }
  public String buyerId() { return buyerId; }
  public PurchaseOrderStatus status() { return status; }
  public Money total() { return total; }
  public Instant createdAt() { return createdAt; }
  public Instant sentAt() { return sentAt; }
  public List<OrderLine> lines() { return List.copyOf(lines); }
}
