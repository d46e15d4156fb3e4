// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import org.junit.jupiter.api.Test;

class DemoCompaniesTest {

  @Test
  void theNamedBuyersAndTenGeneratedOnesEachWithTheirOwnIdAndDomain() {
    assertEquals(12, DemoCompanies.buyers().size(), "Globex, Acme and 10 generated (API.md)");
    assertEquals(DemoCompanies.ALL.size(), new HashSet<>(DemoCompanies.ALL.stream().map(DemoCompany::id).toList()).size());
    assertEquals(DemoCompanies.ALL.size(), new HashSet<>(DemoCompanies.ALL.stream().map(DemoCompany::emailDomain).toList()).size());
    assertEquals("buyer@initech.example", DemoCompanies.buyers().get(2).people().get(0).email());
  }
}
