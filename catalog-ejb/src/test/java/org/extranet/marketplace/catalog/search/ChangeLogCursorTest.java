// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.catalog.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChangeLogCursorTest {

  private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

  @Test
  void aNumberThatCommitsLateIsAskedForUntilItArrives() {
    ChangeLogCursor cursor = new ChangeLogCursor(10, Duration.ofMinutes(2));
    cursor.saw(Set.of(11L, 13L, 14L), NOW);
    assertEquals(14, cursor.position());
    assertEquals(Set.of(12L), cursor.gaps());

    cursor.saw(Set.of(12L, 15L), NOW.plusSeconds(1));
    assertEquals(15, cursor.position());
    assertEquals(Set.of(), cursor.gaps());
  }

  @Test
  void aNumberMissingLongerThanAnyTransactionWasRolledBack() {
    ChangeLogCursor cursor = new ChangeLogCursor(0, Duration.ofMinutes(2));
    cursor.saw(Set.of(2L), NOW);
    cursor.saw(Set.of(), NOW.plusSeconds(60));
    assertEquals(Set.of(1L), cursor.gaps());
    cursor.saw(Set.of(), NOW.plusSeconds(121));
    assertEquals(Set.of(), cursor.gaps());
  }

  @Test
  void nothingNewLeavesTheCursorWhereItWas() {
    ChangeLogCursor cursor = new ChangeLogCursor(5, Duration.ofMinutes(2));
    cursor.saw(Set.of(), NOW);
    assertEquals(5, cursor.position());
  }

  @Test
  void aHugeJumpIsWaitedForOnlyAtItsNewestNumbers() {
    ChangeLogCursor cursor = new ChangeLogCursor(0, Duration.ofMinutes(2));
    cursor.saw(Set.of(1_000_000L), NOW);
    assertEquals(ChangeLogCursor.MAX_GAPS, cursor.gaps().size());
    assertEquals(1_000_000, cursor.position());
  }
}
