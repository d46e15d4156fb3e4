// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.demo;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.extranet.marketplace.catalog.Product;
import org.extranet.marketplace.catalog.ProductRelations;
import org.extranet.marketplace.catalog.ProductRepository;
import org.extranet.marketplace.catalog.RelationKind;
import org.extranet.marketplace.catalog.pricing.ContractPrices;
import org.extranet.marketplace.catalog.pricing.ContractRepository;
import org.extranet.marketplace.catalog.pricing.NewContract;
import org.extranet.marketplace.organization.Caller;
import org.extranet.marketplace.organization.MemberRole;
import org.extranet.marketplace.shared.Money;

/**
 * What the demo suppliers agreed beyond their listings, through the real use cases as the supplier:
 * relations between their listings (alternatives, accessories, a bundle), and — for every other supplier
 * and Northwind — contract prices for Globex (12% off, cheaper from 10 and 50) and Acme (10% off,
 * open-ended), including the contract-only listing Globex alone may see. Skips a supplier already done.
 */
@Stateless
public class DemoDeals {

  private static final int ALTERNATIVES = 8;
  private static final int GLOBEX_SKUS = 8;
  private static final int ACME_SKUS = 6;

  @Inject Caller caller;
  @Inject ProductRepository products;
  @Inject ProductRelations relations;
  @Inject ContractPrices contracts;
  @Inject ContractRepository contractRepository;
  @Inject Clock clock;

  public void load(DemoSupplier supplier, int position) {
    if (products.countLive(supplier.id()) == 0 || !contractRepository.involving(supplier.id(), 0, 1).isEmpty()
        || hasRelations(supplier)) {
      return;
    }
    caller.actAs(supplier.id(), "catalog@" + supplier.domain(), EnumSet.of(MemberRole.SUPPLIER), () -> {
      relate(supplier);
      if (position % 2 == 0) {
        agree(supplier);
      }
      return null;
    });
  }

  private boolean hasRelations(DemoSupplier supplier) {
    return listing(supplier, 0).map(p -> !relations.of(p.id()).isEmpty()).orElse(true);
  }

  private void relate(DemoSupplier supplier) {
    int kinds = DemoCatalog.linesFor(supplier.company().companyName()).size();
    for (int i = 0; i < ALTERNATIVES; i++) {
      Optional<Product> product = listing(supplier, i);
      Optional<Product> nextVariant = listing(supplier, i + kinds);
      if (product.isPresent() && nextVariant.isPresent()) {
        relations.relate(product.get().sku(), nextVariant.get().id(), RelationKind.ALTERNATIVE, null);
        relations.relate(nextVariant.get().sku(), product.get().id(), RelationKind.ALTERNATIVE, null);
      }
    }
    Optional<Product> lead = listing(supplier, 0);
    Optional<Product> accessory = listing(supplier, 1);
    Optional<Product> second = listing(supplier, 2);
    if (lead.isPresent() && accessory.isPresent() && second.isPresent()) {
      relations.relate(lead.get().sku(), accessory.get().id(), RelationKind.ACCESSORY, null);
      relations.relate(lead.get().sku(), second.get().id(), RelationKind.ACCESSORY, null);
      BigDecimal together = lead.get().listPrice().amount().add(accessory.get().listPrice().amount());
      relations.relate(lead.get().sku(), accessory.get().id(), RelationKind.BUNDLE,
          Money.of(share(together, "0.95"), lead.get().listPrice().currency()));
    }
  }

  private void agree(DemoSupplier supplier) {
    LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    for (int i = 0; i < GLOBEX_SKUS; i++) {
      contract(supplier, i * 3, DemoCompanies.GLOBEX_ID, "0.88", today.minusDays(60), today.plusDays(305), true);
    }
    contract(supplier, DemoCatalog.CONTRACT_ONLY, DemoCompanies.GLOBEX_ID, "0.85", today.minusDays(30), null, false);
    for (int i = 0; i < ACME_SKUS; i++) {
      contract(supplier, i * 3 + 1, DemoCompanies.ACME_ID, "0.90", today.minusDays(120), null, false);
    }
  }

  private void contract(DemoSupplier supplier, int listing, String buyer, String share, LocalDate from, LocalDate to,
      boolean tiers) {
    listing(supplier, listing).ifPresent(p -> {
      BigDecimal list = p.listPrice().amount();
      String currency = p.listPrice().currency();
      List<NewContract.Tier> volume = tiers
          ? List.of(new NewContract.Tier(10, Money.of(share(list, "0.85"), currency)),
              new NewContract.Tier(50, Money.of(share(list, "0.80"), currency)))
          : List.of();
      contracts.agree(new NewContract(buyer, p.sku(), Money.of(share(list, share), currency), from, to, volume));
    });
  }

  private Optional<Product> listing(DemoSupplier supplier, int i) {
    if (i >= DemoCatalog.LISTINGS_PER_SUPPLIER) {
      return Optional.empty();
    }
    return products.bySku(supplier.id(), DemoCatalog.sku(supplier, i));
  }

  private static BigDecimal share(BigDecimal amount, String factor) {
    return amount.multiply(new BigDecimal(factor)).setScale(2, RoundingMode.HALF_UP);
  }
}
