// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.integration.edi;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.extranet.marketplace.catalog.Product;
import org.extranet.marketplace.catalog.ProductRepository;
import org.extranet.marketplace.integration.partner.PartnerProfile;
import org.extranet.marketplace.integration.partner.PartnerProfiles;
import org.extranet.marketplace.ordering.OrderRequest;
import org.extranet.marketplace.ordering.ShortageChoice;
import org.extranet.marketplace.ordering.SubmitOrder;
import org.extranet.marketplace.ordering.ledger.Channel;
import org.extranet.marketplace.shared.ConflictException;
import org.extranet.marketplace.shared.InvalidInputException;

/**
 * An 850 as an order: the supplier named by N1*SE (its EDI id), each PO1 a line of that supplier's listing
 * with the SKU after VP, backordered when short (a partner's system cannot be asked). An unknown supplier or
 * SKU, a bad quantity or any refusal of the order use case turns into errors of the set (AK3 / AK4), and the
 * set creates nothing. The buyer's PO number (BEG03) goes into the order's note.
 */
@Dependent
public class X12PurchaseOrders {

  @Inject PartnerProfiles profiles;
  @Inject ProductRepository products;
  @Inject SubmitOrder submitOrder;

  /** The order made, or empty when the set was refused (its errors are then in the set). */
  Optional<Long> place(X12Interchange in, X12Interchange.TransactionSet set) {
    Optional<PartnerProfile> supplier = set.supplierEdiId() == null ? Optional.empty() : profiles.byEdiId(null, set.supplierEdiId());
    if (supplier.isEmpty()) {
      set.errors.add(new X12Interchange.SegmentError("N1", 3, "L100", set.supplierEdiId() == null ? 3 : 8,
          set.supplierEdiId() == null ? List.of() : List.of(new X12Interchange.ElementError(4, -1, 7, set.supplierEdiId()))));
      return Optional.empty();
    }
    List<OrderRequest.Line> lines = new ArrayList<>();
    for (X12Interchange.PurchaseLine line : set.lines()) {
      Optional<Product> product = line.sku() == null ? Optional.empty() : products.bySku(supplier.get().organizationId(), line.sku());
      if (product.isEmpty()) {
        set.errors.add(lineError(line, 7, line.sku()));
      } else if (line.quantity() == null || line.quantity().signum() <= 0 || line.quantity().stripTrailingZeros().scale() > 0) {
        set.errors.add(lineError(line, 2, line.quantity() == null ? null : line.quantity().toPlainString()));
      } else {
        lines.add(new OrderRequest.Line(product.get().id(), line.quantity().intValueExact(), ShortageChoice.BACKORDER, null, null));
      }
    }
    if (!set.errors.isEmpty()) {
      return Optional.empty();
    }
    String key = "edi:" + in.senderId() + ":" + in.controlNumber() + ":" + set.controlNumber();
    try {
      return Optional.of(submitOrder.submit(new OrderRequest(lines, "EDI 850, buyer's PO " + set.purchaseOrderNumber()), Channel.EDI,
          null, key).order().id());
    } catch (InvalidInputException e) {
      // the use case names lines[i].field: the i-th PO1 is in error
      for (InvalidInputException.Violation v : e.violations()) {
        int index = lineIndex(v.field());
        X12Interchange.PurchaseLine line = index >= 0 && index < set.lines().size() ? set.lines().get(index) : set.lines().get(0);
        set.errors.add(lineError(line, v.field().endsWith("quantity") ? 2 : 7, null));
      }
      return Optional.empty();
    } catch (ConflictException e) {
      set.trailerErrors.add(5);
      set.errors.add(lineError(set.lines().get(0), 7, null));
      return Optional.empty();
    }
  }

  /** AK3 on the PO1 with an AK4 on its quantity (PO102) or on its SKU (PO107). */
  private static X12Interchange.SegmentError lineError(X12Interchange.PurchaseLine line, int element, String value) {
    int code = element == 2 ? 6 : 7; // quantity: invalid character / not usable; SKU: invalid code value
    return new X12Interchange.SegmentError("PO1", line.position(), "L200", 8,
        List.of(new X12Interchange.ElementError(element, -1, code, value)));
  }

  private static int lineIndex(String field) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("lines\\[(\\d+)]").matcher(String.valueOf(field));
    return m.find() ? Integer.parseInt(m.group(1)) : -1;
  }
}
