// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.ordering;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.extranet.marketplace.shared.Checksums;
import org.extranet.marketplace.shared.Money;

/**
 * What a buyer asks for in one order, from any channel.
 *
 * @param lines at least one; line numbers in errors are 1-based positions in this list
 */
public record OrderRequest(List<Line> lines, String note) {

  /** Most lines one order may carry. */
  public static final int MAX_LINES = 200;

  /**
   * One product and quantity.
   *
   * @param shortage what to do if the supplier cannot ship it all now; null: refuse the order (409) then
   * @param substituteProductId the in-stock product to take instead, with {@link ShortageChoice#SUBSTITUTE}
   * @param expectedUnitPrice the price the buyer last saw (the cart's); a different price now is a 409 that
   *     asks the buyer to re-confirm. Null: whatever the price is now.
   */
  public record Line(Long productId, Integer quantity, ShortageChoice shortage, Long substituteProductId,
      Money expectedUnitPrice) {

    public static Line of(Long productId, int quantity) {
      return new Line(productId, quantity, null, null, null);
    }
  }

  public OrderRequest {
    lines = lines == null ? List.of() : List.copyOf(lines);
  }

  /** SHA-256 of the request's content: the same request sent again under the same Idempotency-Key has the same. */
  String fingerprint() {
    String canonical = lines.stream()
        .map(l -> l.productId() + "|" + l.quantity() + "|" + l.shortage() + "|" + l.substituteProductId() + "|"
            + (l.expectedUnitPrice() == null ? "" : l.expectedUnitPrice().amount().toPlainString() + l.expectedUnitPrice().currency()))
        .collect(Collectors.joining("\n", "", "\n" + (note == null ? "" : note.strip())));
    return Checksums.sha256(canonical.getBytes(StandardCharsets.UTF_8));
  }
}
