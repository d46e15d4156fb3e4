// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.partner.rest.ordering;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.extranet.marketplace.ordering.Availability;
import org.extranet.marketplace.ordering.OrderRequest;
import org.extranet.marketplace.ordering.OrderView;
import org.extranet.marketplace.ordering.ShortageChoice;
import org.extranet.marketplace.partner.rest.MoneyJson;
import org.extranet.marketplace.shared.InvalidInputException;

/** Ordering on the wire (API.md "Ordering"). */
public final class OrderJson {

  private OrderJson() {}

  public record OrgRef(String id, String name) {}

  /** POST /orders. */
  public record PlaceOrder(List<RequestedLine> lines, String note) {
    OrderRequest toRequest() {
      List<RequestedLine> given = lines == null ? List.of() : lines;
      return new OrderRequest(java.util.stream.IntStream.range(0, given.size())
          .mapToObj(i -> given.get(i) == null ? null : given.get(i).toLine(i)).toList(), note);
    }
  }

  /** {@code shortage}: BACKORDER, WAIT or SUBSTITUTE (with substituteProductId); {@code expectedUnitPrice} optional. */
  public record RequestedLine(Long productId, Integer quantity, String shortage, Long substituteProductId,
      MoneyJson expectedUnitPrice) {
    OrderRequest.Line toLine(int index) {
      return new OrderRequest.Line(productId, quantity, shortage(index), substituteProductId,
          expectedUnitPrice == null ? null : expectedUnitPrice.toMoney("lines[" + index + "].expectedUnitPrice"));
    }

    private ShortageChoice shortage(int index) {
      if (shortage == null || shortage.isBlank()) {
        return null;
      }
      try {
        return ShortageChoice.valueOf(shortage.strip());
      } catch (IllegalArgumentException e) {
        throw InvalidInputException.of("lines[" + index + "].shortage", "BACKORDER, WAIT or SUBSTITUTE");
      }
    }
  }

  public record Line(int lineNumber, Long productId, String sku, String name, int quantity, MoneyJson unitPrice,
      MoneyJson listPrice, String priceSource, String availability, int reservedQuantity, LocalDate expectedDate,
      Long replacedProductId, MoneyJson amount, Long id, Integer acceptedQuantity, LocalDate promisedDate,
      int shippedQuantity, int receivedQuantity) {
    static Line of(OrderView.LineView l) {
      return new Line(l.lineNumber(), l.productId(), l.sku(), l.name(), l.quantity(), MoneyJson.of(l.unitPrice()),
          MoneyJson.of(l.listPrice()), l.priceSource().name(), l.availability().name(), l.reservedQuantity(),
          l.expectedDate(), l.replacedProductId(), MoneyJson.of(l.amount()), l.id(), l.acceptedQuantity(),
          l.promisedDate(), l.shippedQuantity(), l.receivedQuantity());
    }
  }

  public record PurchaseOrder(Long id, Long orderId, OrgRef supplier, OrgRef buyer, String status, MoneyJson total,
      Instant createdAt, Instant sentAt, List<Line> lines, Instant acknowledgedAt, String acknowledgedBy,
      String rejectionReason) {
    static PurchaseOrder of(OrderView.PurchaseOrderView po) {
      return new PurchaseOrder(po.id(), po.orderId(), new OrgRef(po.supplierId(), po.supplierName()),
          new OrgRef(po.buyerId(), po.buyerName()), po.status().name(), MoneyJson.of(po.total()), po.createdAt(),
          po.sentAt(), po.lines().stream().map(Line::of).toList(), po.acknowledgedAt(), po.acknowledgedBy(),
          po.rejectionReason());
    }
  }

  public record Order(Long id, String status, OrgRef buyer, String requester, String channel, MoneyJson total,
      String note, Instant submittedAt, String decidedBy, Instant decidedAt, String decisionReason,
      List<PurchaseOrder> purchaseOrders) {
    static Order of(OrderView o) {
      return new Order(o.id(), o.status().name(), new OrgRef(o.buyerId(), o.buyerName()), o.requester(),
          o.channel().name(), MoneyJson.of(o.total()), o.note(), o.submittedAt(), o.decidedBy(), o.decidedAt(),
          o.decisionReason(), o.purchaseOrders().stream().map(PurchaseOrder::of).toList());
    }
  }

  /** POST /approvals/{id}/reject, POST /orders/{id}/cancellation. */
  public record Reason(String reason) {}

  /** GET /products/{id}/availability. */
  public record AvailabilityAnswer(Long productId, int requested, int available, List<Tier> tiers, List<Option> options) {
    static AvailabilityAnswer of(Availability.Answer a) {
      return new AvailabilityAnswer(a.productId(), a.requested(), a.available(),
          a.tiers().stream().map(t -> new Tier(t.tier(), t.name(), t.available(), t.earliestDate(), t.isKnown() ? "KNOWN" : "UNKNOWN")).toList(),
          a.options().stream().map(o -> new Option(o.kind().name(), o.quantity(), o.date(), o.productId(), o.productName())).toList());
    }
  }

  /** {@code status} UNKNOWN (and no figures) when the tier could not be reached in time. */
  public record Tier(String tier, String name, Integer available, LocalDate earliestDate, String status) {}

  public record Option(String kind, int quantity, LocalDate date, Long productId, String productName) {}
}
