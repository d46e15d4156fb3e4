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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.extranet.marketplace.ordering.ledger.Channel;
import org.extranet.marketplace.organization.TenantOwned;
import org.extranet.marketplace.shared.ConflictException;
import org.extranet.marketplace.shared.Money;

/**
 * A buyer organization's order: what one person asked for in one go, in one currency, split into one
 * {@link PurchaseOrder} per supplier. Its status moves PENDING_APPROVAL → PLACED, or to REJECTED or
 * CANCELLED; every move is also a ledger event.
 */
@Entity(name = "CustomerOrder") // "Order" is a JPQL keyword
@Table(name = "customer_order")
public class Order implements TenantOwned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "buyer_id", nullable = false, length = 36)
  private String buyerId;

  @Column(nullable = false, length = 254)
  private String requester;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private OrderStatus status;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private Channel channel;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "amount", column = @Column(name = "total_amount")),
    @AttributeOverride(name = "currency", column = @Column(name = "total_currency"))
  })
  private Money total;

  @Column(length = 1000)
  private String note;

  @Column(name = "submitted_at", nullable = false)
  private Instant submittedAt;

  @Column(name = "decided_by", length = 254)
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "decision_reason", length = 1000)
  private String decisionReason;

  @OneToMany(mappedBy = "order", cascade = CascadeType.ALL)
  @OrderBy("id")
  private List<PurchaseOrder> purchaseOrders = new ArrayList<>();

  @Version private long version;

  protected Order() {} // for JPA only

  Order(String buyerId, String requester, Channel channel, Money total, String note, Instant at) {
    this.buyerId = buyerId;
    this.requester = requester;
    this.channel = channel;
    this.total = total;
    this.note = note;
    this.submittedAt = at;
    this.status = OrderStatus.PLACED;
  }

  void add(PurchaseOrder purchaseOrder) {
    purchaseOrders.add(purchaseOrder);
  }

  void awaitApproval() {
    status = OrderStatus.PENDING_APPROVAL;
    purchaseOrders.forEach(PurchaseOrder::awaitApproval);
  }

  void approve(String approver, Instant at) {
    requireStatus(OrderStatus.PENDING_APPROVAL, "approved");
    decide(OrderStatus.PLACED, approver, at, null);
    purchaseOrders.forEach(PurchaseOrder::queue);
  }

  void reject(String approver, Instant at, String reason) {
    requireStatus(OrderStatus.PENDING_APPROVAL, "rejected");
    decide(OrderStatus.REJECTED, approver, at, reason);
    purchaseOrders.forEach(PurchaseOrder::cancel);
  }

  void cancel(String by, Instant at, String reason) {
    if (!status.isOpen()) {
      throw new ConflictException("order " + id + " is " + status + " and cannot be cancelled");
    }
    purchaseOrders.forEach(PurchaseOrder::requireCancellable);
    decide(OrderStatus.CANCELLED, by, at, reason);
    purchaseOrders.forEach(PurchaseOrder::cancel);
  }

  private void requireStatus(OrderStatus expected, String verb) {
    if (status != expected) {
      throw new ConflictException("order " + id + " is " + status + " and cannot be " + verb);
    }
  }

  private void decide(OrderStatus next, String by, Instant at, String reason) {
    this.status = next;
    this.decidedBy = by;
    this.decidedAt = at;
    this.decisionReason = reason;
  }

  /** Every line of every purchase order, in line-number order. */
  List<OrderLine> lines() {
    return purchaseOrders.stream().flatMap(po -> po.lines().stream())
        .sorted(java.util.Comparator.comparingInt(OrderLine::lineNumber)).toList();
  }

  @Override
  public boolean isVisibleTo(String organizationId) {
    return buyerId.equals(organizationId);
  }

  public Long id() { return id; }
  public String buyerId() { return buyerId; }
  public String requester() { return requester; }
  public OrderStatus status() { return status; }
  public Channel channel() { return channel; }
  public Money total() { return total; }
  public String note() { return note; }
  public Instant submittedAt() { return submittedAt; }
  public String decidedBy() { return decidedBy; }
  public Instant decidedAt() { return decidedAt; }
  public String decisionReason() { return decisionReason; }
  public List<PurchaseOrder> purchaseOrders() { return List.copyOf(purchaseOrders); }
}
