// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.metrics.tiers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.extranet.marketplace.metrics.tiers.CustomerTiering.Abc;
import org.extranet.marketplace.metrics.tiers.CustomerTiering.Customer;
import org.extranet.marketplace.metrics.tiers.CustomerTiering.LoyaltyStage;
import org.extranet.marketplace.metrics.tiers.CustomerTiering.Tier;
import org.junit.jupiter.api.Test;

/** RFM quintiles, ABC 80:20 and the loyalty ladder against hand-computed figures. */
class CustomerTieringTest {

  @Test
  void abcIsEightyTwentyOfCumulativeRevenue() {
    // spend 50, 30, 8, 5, 3, 2, 1, 1 of 100: before each 0, 50, 80, 88, 93, 96, 98, 99 (%):
    // A while under 80 % (the first two, 80 % of revenue from 2 of 8 customers = 25 %), B under 95 %, C the rest
    List<Customer> customers = List.of(c("c1", 50), c("c2", 30), c("c3", 8), c("c4", 5), c("c5", 3), c("c6", 2), c("c7", 1), c("c8", 1));
    Map<String, Abc> abc = CustomerTiering.of(customers).stream().collect(Collectors.toMap(t -> t.buyer().id(), Tier::abcClass));
    assertEquals(Map.of("c1", Abc.A, "c2", Abc.A, "c3", Abc.B, "c4", Abc.B, "c5", Abc.B, "c6", Abc.C, "c7", Abc.C, "c8", Abc.C), abc);
  }

  @Test
  void rfmQuintilesFiveForTheBestFifthTiesShareTheBetterScore() {
    // ten customers: spend 10..100; the best two (100, 90) score 5, the next two 4 … the last two 1
    List<Customer> customers = new java.util.ArrayList<>();
    for (int i = 1; i <= 10; i++) {
      customers.add(new Customer("b" + i, null, 100 - i * 5, i, BigDecimal.valueOf(i * 10L), 1, 1, 0));
    }
    Map<String, Tier> tiers = CustomerTiering.of(customers).stream().collect(Collectors.toMap(t -> t.buyer().id(), t -> t));
    assertEquals("555", tiers.get("b10").rfmScore(), "most recent (50 days), most orders, most spend");
    assertEquals("555", tiers.get("b9").rfmScore());
    assertEquals("444", tiers.get("b8").rfmScore());
    assertEquals("111", tiers.get("b1").rfmScore());
    Map<String, Integer> tied = CustomerTiering.quintiles(List.of(c("x", 5), c("y", 5), c("z", 1)), cu -> cu.spend().doubleValue());
    assertEquals(Map.of("x", 5, "y", 5, "z", 2), tied, "x and y tie for rank 0; z is rank 2 of 3: 5 − ⌊10 ÷ 3⌋ = 2");
  }

  @Test
  void theLoyaltyLadder() {
    assertEquals(LoyaltyStage.PROSPECT, CustomerTiering.stage(new Customer("p", null, null, 0, BigDecimal.ZERO, 0, 0, 0)));
    assertEquals(LoyaltyStage.FIRST_TIME, CustomerTiering.stage(new Customer("f", null, 3, 1, BigDecimal.TEN, 1, 1, 1)));
    assertEquals(LoyaltyStage.REPEAT, CustomerTiering.stage(new Customer("r", null, 3, 4, BigDecimal.TEN, 2, 1, 1)), "only 2 months");
    assertEquals(LoyaltyStage.REPEAT, CustomerTiering.stage(new Customer("r2", null, 3, 6, BigDecimal.TEN, 5, 2, 0)), "not its incumbent anywhere");
    assertEquals(LoyaltyStage.CLIENT, CustomerTiering.stage(new Customer("c", null, 3, 6, BigDecimal.TEN, 5, 2, 1)));
    assertEquals(LoyaltyStage.CLIENT, CustomerTiering.stage(new Customer("c2", null, 3, 9, BigDecimal.TEN, 7, 2, 1)), "not incumbent in every category");
    assertEquals(LoyaltyStage.ADVOCATE, CustomerTiering.stage(new Customer("a", null, 3, 9, BigDecimal.TEN, 7, 2, 2)));
  }

  @Test
  void prospectsComeLastWithoutScores() {
    List<Tier> tiers = CustomerTiering.of(List.of(new Customer("p", "P", null, 0, BigDecimal.ZERO, 0, 0, 0), c("b", 10)));
    assertEquals("b", tiers.get(0).buyer().id());
    assertEquals(LoyaltyStage.PROSPECT, tiers.get(1).loyaltyStage());
    assertNull(tiers.get(1).rfmScore());
  }

  private static Customer c(String id, int spend) {
    return new Customer(id, id, 10, 1, BigDecimal.valueOf(spend), 1, 1, 0);
  }
}
