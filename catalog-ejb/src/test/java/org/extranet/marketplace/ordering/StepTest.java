// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.ordering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.extranet.marketplace.ordering.ledger.ActorRole;
import org.extranet.marketplace.ordering.ledger.Channel;
import org.extranet.marketplace.ordering.ledger.ManualSource;
import org.extranet.marketplace.ordering.ledger.Step;
import org.junit.jupiter.api.Test;

/** What the ledger accepts as the "who and how" of a step. */
class StepTest {

  @Test
  void aManualStepNamesItsSourceAndOnlyAManualStepDoes() {
    assertThrows(IllegalArgumentException.class,
        () -> new Step(Channel.MANUAL, null, "olga", "op", ActorRole.OPERATOR, false, 600, false));
    assertThrows(IllegalArgumentException.class,
        () -> new Step(Channel.PORTAL, ManualSource.FAX, "gina", "globex", ActorRole.BUYER, false, 60, false));
    assertEquals(ManualSource.PHONE,
        new Step(Channel.MANUAL, ManualSource.PHONE, "sam", "northwind", ActorRole.SUPPLIER, false, 600, false).source());
  }

  @Test
  void timeOnTaskIsCappedAtAnHourAndNeverNegative() {
    assertEquals(Step.MAX_TIME_ON_TASK_SECONDS,
        new Step(Channel.PORTAL, null, "gina", "globex", ActorRole.BUYER, false, 86_400, false).timeOnTaskSeconds());
    assertEquals(0, new Step(Channel.PORTAL, null, "gina", "globex", ActorRole.BUYER, false, -5, false).timeOnTaskSeconds());
  }
}
