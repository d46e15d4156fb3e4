// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.partner.rest;

import java.util.List;

/** Lists on the wire: {@code {"items": [...], "total": N}}. */
public record ListJson<T>(List<T> items, long total) {

  public static <T> ListJson<T> of(List<T> items) {
    return new ListJson<>(items, items.size());
  }
}
