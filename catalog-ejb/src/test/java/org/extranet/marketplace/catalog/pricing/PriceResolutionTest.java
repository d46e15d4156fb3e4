// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.catalog.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.extranet.marketplace.catalog.pricing.PriceResolution.Source;
import org.extranet.marketplace.catalog.pricing.PriceResolution.Terms;
import org.extranet.marketplace.shared.Money;
import org.junit.jupiter.api.Test;

class PriceResolutionTest {

  private static final Money LIST = Money.usd("100.00");
  private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
  private static final LocalDate TO = LocalDate.of(2026, 12, 31);
  private static final Terms CONTRACT = new Terms(7L, Money.usd("90.00"), FROM, TO,
      List.of(new VolumeTier(10, Money.usd("85.00")), new VolumeTier(100, Money.usd("80.00"))));

  @Test
  void validityIsInclusiveAtBothEnds() {
    assertEquals("100.00 LIST", at(FROM.minusDays(1), 1));
    assertEquals("90.00 CONTRACT", at(FROM, 1));
    assertEquals("90.00 CONTRACT", at(TO, 1));
    assertEquals("100.00 LIST", at(TO.plusDays(1), 1));
  }

  @Test
  void theHighestTierTheQuantityReachesApplies() {
    assertEquals("90.00 CONTRACT", at(FROM, 9));
    assertEquals("85.00 CONTRACT_TIER", at(FROM, 10));
    assertEquals("85.00 CONTRACT_TIER", at(FROM, 99));
    assertEquals("80.00 CONTRACT_TIER", at(FROM, 100));
    assertEquals("80.00 CONTRACT_TIER", at(FROM, 5_000));
  }

  @Test
  void tiersNeverApplyOutsideTheContractsPeriod() {
    assertEquals("100.00 LIST", at(TO.plusDays(1), 500));
  }

  @Test
  void anOpenEndedContractRunsOn() {
    Terms open = new Terms(8L, Money.usd("70.00"), FROM, null, List.of());
    assertEquals("70.00 CONTRACT", format(PriceResolution.resolve(LIST, List.of(open), LocalDate.of(2040, 6, 1), 1)));
    assertEquals("100.00 LIST", format(PriceResolution.resolve(LIST, List.of(open), FROM.minusDays(1), 1)));
  }

  @Test
  void anExpiredContractBesideARunningOneIsIgnored() {
    Terms expired = new Terms(1L, Money.usd("50.00"), FROM.minusYears(1), FROM.minusDays(1), List.of());
    PriceResolution.Resolved resolved = PriceResolution.resolve(LIST, List.of(expired, CONTRACT), FROM, 1);
    assertEquals("90.00 CONTRACT", format(resolved));
    assertEquals(7L, resolved.contractId());
  }

  @Test
  void withoutContractsTheListPriceApplies() {
    PriceResolution.Resolved resolved = PriceResolution.resolve(LIST, List.of(), FROM, 1_000);
    assertEquals(Source.LIST, resolved.source());
    assertEquals(null, resolved.contractId());
  }

  private static String at(LocalDate day, int quantity) {
    return format(PriceResolution.resolve(LIST, List.of(CONTRACT), day, quantity));
  }

  private static String format(PriceResolution.Resolved resolved) {
    return resolved.unitPrice().amount().toPlainString() + " " + resolved.source();
  }
}
