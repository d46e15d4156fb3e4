// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.ordering;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.extranet.marketplace.catalog.ProductCatalog;
import org.extranet.marketplace.catalog.ProductView;
import org.extranet.marketplace.organization.Caller;
import org.extranet.marketplace.organization.MemberRole;
import org.extranet.marketplace.organization.Tenancy;
import org.extranet.marketplace.shared.RejectedDocumentException;
import org.extranet.marketplace.shared.RejectedDocumentException.LineError;

/**
 * Filling the cart fast: pasting "SKU quantity" lines (a buyer's list from a spreadsheet or e-mail), or
 * putting a past order's lines back. A pasted list goes in whole or not at all (422 naming every bad line);
 * a reorder puts in what can still be ordered and reports the rest.
 */
@Stateless
public class QuickOrder {

  /** Most lines one paste may carry. */
  public static final int MAX_LINES = 200;

  /** What a reorder put in the cart, and the lines it left out with the reason. */
  public record Reordered(List<Cart.Line> added, List<LineError> skipped) {}

  private record Wanted(int line, String sku, int quantity, String supplierHint) {}

  @Inject Caller caller;
  @Inject Tenancy tenancy;
  @Inject ProductCatalog catalog;
  @Inject Cart cart;

  /**
   * Adds pasted lines: {@code SKU quantity [supplier]}, separated by spaces, tabs, commas or semicolons; the
   * supplier (the start of its name) is needed only when several suppliers list the SKU. Blank lines and
   * lines starting with # are skipped.
   */
  public List<Cart.Line> paste(String text) {
    caller.require(MemberRole.BUYER, MemberRole.APPROVER);
    List<LineError> errors = new ArrayList<>();
    List<Wanted> wanted = parse(text == null ? "" : text, errors);
    Map<String, List<ProductView>> bySku = catalog.visibleBySku(wanted.stream().map(Wanted::sku).toList());
    Map<Long, Integer> toAdd = new LinkedHashMap<>();
    for (Wanted w : wanted) {
      resolve(w, bySku.getOrDefault(w.sku(), List.of()), errors).ifPresent(p -> {
        if (toAdd.containsKey(p.id())) {
          errors.add(new LineError(w.line(), "sku", w.sku() + " is on an earlier line; put the quantities together"));
        } else {
          Cart.problemWith(p, w.quantity()).ifPresentOrElse(
              problem -> errors.add(new LineError(w.line(), "quantity", problem)), () -> toAdd.put(p.id(), w.quantity()));
        }
      });
    }
    if (wanted.isEmpty() && errors.isEmpty()) {
      errors.add(new LineError(1, "sku", "no lines: paste one \"SKU quantity\" per line"));
    }
    if (!errors.isEmpty()) {
      errors.sort(java.util.Comparator.comparingInt(LineError::line));
      throw new RejectedDocumentException(errors.size() + " line(s) cannot be ordered; nothing was added to the cart.", errors);
    }
    return toAdd.entrySet().stream().map(e -> cart.add(e.getKey(), e.getValue())).toList();
  }

  /** Puts a past order's lines back in the cart at today's prices; lines no longer orderable are reported. */
  public Reordered reorder(Long orderId) {
    caller.require(MemberRole.BUYER, MemberRole.APPROVER);
    Order order = tenancy.find(Order.class, orderId);
    List<OrderLine> lines = order.lines();
    Map<Long, ProductView> visible = new LinkedHashMap<>();
    catalog.visible(lines.stream().map(OrderLine::productId).toList()).forEach(p -> visible.put(p.id(), p));
    List<Cart.Line> added = new ArrayList<>();
    List<LineError> skipped = new ArrayList<>();
    for (OrderLine line : lines) {
      ProductView product = visible.get(line.productId());
      Optional<String> problem = product == null ? Optional.of(line.sku() + " can no longer be ordered")
          : Cart.problemWith(product, line.quantity());
      problem.ifPresentOrElse(p -> skipped.add(new LineError(line.lineNumber(), "productId", p)),
          () -> added.add(cart.add(line.productId(), line.quantity())));
    }
    return new Reordered(added, skipped);
  }

  private static List<Wanted> parse(String text, List<LineError> errors) {
    List<Wanted> wanted = new ArrayList<>();
    String[] rows = text.split("\\R", -1);
    if (rows.length > MAX_LINES) {
      errors.add(new LineError(MAX_LINES + 1, null, "at most " + MAX_LINES + " lines per paste"));
      return wanted;
    }
    for (int i = 0; i < rows.length; i++) {
      String row = rows[i].strip();
      if (row.isEmpty() || row.startsWith("#")) {
        continue;
      }
      String[] parts = row.split("[\\s,;]+", 3);
      Integer quantity = parts.length < 2 ? null : number(parts[1]);
      if (quantity == null) {
        errors.add(new LineError(i + 1, "quantity", "write \"SKU quantity\", e.g. \"NOR-4321-001 10\""));
        continue;
      }
      wanted.add(new Wanted(i + 1, parts[0], quantity, parts.length > 2 ? parts[2].strip() : null));
    }
    return wanted;
  }

  private static Optional<ProductView> resolve(Wanted w, List<ProductView> candidates, List<LineError> errors) {
    List<ProductView> matching = w.supplierHint() == null ? candidates : candidates.stream()
        .filter(p -> p.supplierName().toLowerCase(Locale.ROOT).startsWith(w.supplierHint().toLowerCase(Locale.ROOT)))
        .toList();
    if (matching.size() == 1) {
      return Optional.of(matching.get(0));
    }
    if (matching.isEmpty()) {
      errors.add(new LineError(w.line(), "sku", "no product " + w.sku() + " you can order"
          + (w.supplierHint() == null ? "" : " from a supplier named " + w.supplierHint() + "…")));
    } else {
      Set<String> names = new HashSet<>();
      matching.forEach(p -> names.add(p.supplierName()));
      errors.add(new LineError(w.line(), "sku", w.sku() + " is listed by several suppliers (" + String.join(", ", names)
          + "); add the supplier's name after the quantity"));
    }
    return Optional.empty();
  }

  private static Integer number(String text) {
    try {
      return Integer.valueOf(text);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
