// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.metrics.switching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.extranet.marketplace.organization.OrganizationRef;
import org.junit.jupiter.api.Test;

/** Switching formulas against hand-computed figures. */
class SwitchingFormulasTest {

  @Test
  void theIncumbentIsTheSupplierWithTheMostSpendEqualSpendGoesToTheLowerId() {
    assertEquals(Optional.of("b"), Incumbency.of(Map.of("a", new BigDecimal("100"), "b", new BigDecimal("250"), "c", new BigDecimal("90"))));
    assertEquals(Optional.of("a"), Incumbency.of(Map.of("b", new BigDecimal("100"), "a", new BigDecimal("100"))));
    assertEquals(Optional.empty(), Incumbency.of(Map.of()), "no spend in the category: no incumbent (a first purchase)");
  }

  @Test
  void sharesOfWalletHhiAndSwitchRate() {
    // spend 600 / 300 / 100 of 1,000: shares 0.6, 0.3, 0.1; HHI = 60² + 30² + 10² = 3600 + 900 + 100 = 4600
    BuyerSwitching b = BuyerSwitching.of(new OrganizationRef("buyer", "Buyer"), List.of(share("x", "300"), share("y", "600"), share("z", "100")), 10, 8, 2);
    assertEquals(new BigDecimal("1000"), b.spend());
    assertEquals(List.of("y", "x", "z"), b.supplierShare().stream().map(s -> s.supplier().id()).toList());
    assertEquals(new BigDecimal("0.6000"), b.supplierShare().get(0).share());
    assertEquals(new BigDecimal("4600"), b.hhi());
    assertEquals(new BigDecimal("0.2500"), b.switchRate(), "2 switches of the 8 lines that had an incumbent");
  }

  @Test
  void oneSupplierIsTenThousandAndNoIncumbentYetMeansNoSwitchRate() {
    BuyerSwitching b = BuyerSwitching.of(new OrganizationRef("buyer", "Buyer"), List.of(share("x", "50")), 3, 0, 0);
    assertEquals(new BigDecimal("10000"), b.hhi());
    assertNull(b.switchRate(), "only first purchases: there was nothing to switch from");
  }

  @Test
  void retentionNewLostAndUpgradedAgainstThePeriodBefore() {
    // before: a 100, b 100, c 100; now: a 100 (kept), b 150 (kept, +50 % → upgraded), d 80 (new); c lost
    SupplierRetention r = SupplierRetention.of(new OrganizationRef("s", "S"),
        Map.of("a", new BigDecimal("100"), "b", new BigDecimal("150"), "d", new BigDecimal("80")),
        Map.of("a", new BigDecimal("100"), "b", new BigDecimal("100"), "c", new BigDecimal("100")), 4, 1);
    assertEquals(3, r.customers());
    assertEquals(2, r.retained());
    assertEquals(new BigDecimal("0.6667"), r.retention(), "2 of the 3 customers before");
    assertEquals(1, r.newCustomers());
    assertEquals(1, r.lostCustomers());
    assertEquals(1, r.upgradedCustomers(), "b spent 1.5 × as much; a the same");
    assertNull(SupplierRetention.of(new OrganizationRef("s", "S"), Map.of("a", BigDecimal.ONE), Map.of(), 0, 0).retention(), "no customers before");
  }

  private static BuyerSwitching.SupplierShare share(String supplier, String spend) {
    return new BuyerSwitching.SupplierShare(new OrganizationRef(supplier, supplier.toUpperCase()), new BigDecimal(spend), null);
  }
}
