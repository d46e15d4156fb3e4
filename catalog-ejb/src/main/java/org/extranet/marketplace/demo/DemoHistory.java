// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.demo;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import org.extranet.marketplace.shared.ShiftedClock;

/**
 * The year behind the metrics: twelve months of orders by every demo buyer, each taken through its whole
 * life (placed, approved, acknowledged, shipped, tracked, received, invoiced) by the real use cases while the
 * marketplace's clock is set back to the day it happened. The year moves from manual to electronic: in the
 * first month most orders are phoned, faxed or e-mailed to the supplier's order desk and every later step is
 * keyed by hand; by the last, almost all are placed in the portal or through the API and followed there.
 * Buyers mostly reorder from the supplier they use for a category and sometimes switch; halfway through
 * some move a category to another supplier for good. Deterministic (fixed seed), skipped when history exists.
 */
@Dependent // called by DemoNetwork outside any transaction: each use case commits on its own
public class DemoHistory {

  static final int MONTHS = 12;
  /** Manual share of orders in the first month; it falls by the same step each month to near zero. */
  private static final double MANUAL_AT_START = 0.85;

  @Inject ShiftedClock clock;
  @Inject DemoShelf shelf;
  @Inject HistoryOrder historyOrder;
  @PersistenceContext EntityManager em;

  public boolean isLoaded() {
    Instant monthAgo = clock.instant().minus(40, ChronoUnit.DAYS);
    return em.createQuery("select count(o) from CustomerOrder o where o.submittedAt < :before", Long.class)
        .setParameter("before", monthAgo).getSingleResult() > 0;
  }

  /** Runs the year, reporting each month as it starts; the clock is back in the present afterwards, whatever happens. */
  public void load(Consumer<String> monthStarted) {
    if (isLoaded()) {
      return;
    }
    Random random = new Random(2026);
    Instant present = clock.instant();
    Instant end = present.minus(1, ChronoUnit.HOURS); // steps due later than this have not happened yet
    LocalDate today = LocalDate.ofInstant(present, ZoneOffset.UTC);
    List<DemoShelf.Habit> habits = shelf.habits(DemoCompanies.buyers(), random);
    try {
      for (int m = 0; m < MONTHS; m++) {
        YearMonth month = YearMonth.from(today).minusMonths(MONTHS - m);
        monthStarted.accept(month.toString());
        double manualShare = Math.max(0.03, MANUAL_AT_START - m * (MANUAL_AT_START / (MONTHS - 1)));
        if (m == MONTHS / 2) {
          habits.forEach(h -> h.maybeMoveCategory(random));
        }
        for (Planned planned : month(month, habits, random)) {
          historyOrder.run(planned.habit(), planned.at(), end, random.nextDouble() < manualShare, random);
        }
      }
    } finally {
      clock.backToPresent();
    }
  }

  private record Planned(DemoShelf.Habit habit, Instant at) {}

  /** The month's orders in time order: Globex four, Acme three, every other buyer one or two, on working days. */
  private static List<Planned> month(YearMonth month, List<DemoShelf.Habit> habits, Random random) {
    Map<Instant, Planned> byTime = new java.util.TreeMap<>();
    for (DemoShelf.Habit habit : habits) {
      int orders = habit.buyer().id().equals(DemoCompanies.GLOBEX_ID) ? 4
          : habit.buyer().id().equals(DemoCompanies.ACME_ID) ? 3 : 1 + random.nextInt(2);
      for (int i = 0; i < orders; i++) {
        LocalDate day = month.atDay(1 + random.nextInt(Math.min(25, month.lengthOfMonth())));
        while (day.getDayOfWeek().getValue() > 5) {
          day = day.minusDays(2);
        }
        Instant at = day.atTime(8 + random.nextInt(8), random.nextInt(60), random.nextInt(60)).toInstant(ZoneOffset.UTC);
        byTime.put(at, new Planned(habit, at));
      }
    }
    return new ArrayList<>(new LinkedHashMap<>(byTime).values());
  }
}
