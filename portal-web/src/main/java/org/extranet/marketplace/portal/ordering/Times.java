// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.portal.ordering;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Instants as the ordering pages show them: to the minute, in UTC (the marketplace's business time). */
final class Times {

  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private Times() {}

  static String format(Instant instant) {
    return instant == null ? "" : MINUTE.format(instant);
  }
}
