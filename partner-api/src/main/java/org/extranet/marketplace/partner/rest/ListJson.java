// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.partner.rest;

import java.util.List;
import org.extranet.marketplace.shared.Validation;

/** Lists on the wire: {@code {"items": [...], "total": N}}. */
public record ListJson<T>(List<T> items, long total) {

  private static final int DEFAULT_SIZE = 20;
  private static final int MAX_SIZE = 200;

  public static <T> ListJson<T> of(List<T> items) {
    return new ListJson<>(items, items.size());
  }

  /**
   * The {@code page} (0-based) of {@code size} items the caller asked for, with the total of all; the whole
   * list when they asked for no page. The query parameters arrive as text so that "abc" is a 400 naming
   * the field, not JAX-RS's 404 for an unconvertible parameter.
   */
  public static <T> ListJson<T> page(List<T> all, String page, String size) {
    if (page == null && size == null) {
      return of(all);
    }
    Paging paging = paging(page, size);
    int from = (int) Math.min(all.size(), (long) paging.page() * paging.size());
    return new ListJson<>(all.subList(from, Math.min(all.size(), from + paging.size())), all.size());
  }

  /** A page the business tier fetches itself: 0-based page and its size. */
  public record Paging(int page, int size) {}

  /** The caller's {@code page} and {@code size} (default 0 and 20), or a 400 naming the bad one. */
  public static Paging paging(String page, String size) {
    Integer p = number(page, 0);
    Integer s = number(size, DEFAULT_SIZE);
    new Validation()
        .require(p != null && p >= 0, "page", "must be a whole number from 0")
        .require(s != null && s >= 1 && s <= MAX_SIZE, "size", "must be a whole number from 1 to " + MAX_SIZE)
        .orThrow();
    return new Paging(p, s);
  }

  private static Integer number(String text, int absent) {
    if (text == null || text.isBlank()) {
      return absent;
    }
    try {
      return Integer.valueOf(text.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
