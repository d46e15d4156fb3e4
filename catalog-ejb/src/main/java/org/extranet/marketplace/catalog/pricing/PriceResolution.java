// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.catalog.pricing;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.extranet.marketplace.shared.Money;

/**
 * The one rule for what a buyer pays per unit: a contract valid on the day (from {@code validFrom} through
 * {@code validTo}, both inclusive; no end date means open-ended) → its highest volume tier the quantity
 * reaches → else the contract price; without a valid contract, the list price. Should two valid contracts
 * ever overlap (they are refused when made), the buyer pays the lower price.
 */
public final class PriceResolution {

  /** Where a price came from. */
  public enum Source { CONTRACT_TIER, CONTRACT, LIST }

  /** A contract's terms as the rule needs them. */
  public record Terms(Long contractId, Money price, LocalDate validFrom, LocalDate validTo, List<VolumeTier> tiers) {
    boolean isValidOn(LocalDate day) {
      return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }
  }

  /** The unit price, where it came from, and the contract behind it (null for the list price). */
  public record Resolved(Money unitPrice, Source source, Long contractId) {}

  private PriceResolution() {}

  public static Resolved resolve(Money listPrice, List<Terms> contracts, LocalDate day, int quantity) {
    return contracts.stream()
        .filter(c -> c.isValidOn(day))
        .map(c -> underContract(c, quantity))
        .min(Comparator.comparing(r -> r.unitPrice().amount()))
        .orElse(new Resolved(listPrice, Source.LIST, null));
  }

  private static Resolved underContract(Terms contract, int quantity) {
    Optional<VolumeTier> tier = contract.tiers().stream()
        .filter(t -> quantity >= t.minQuantity())
        .max(Comparator.comparingInt(VolumeTier::minQuantity));
    return tier.map(t -> new Resolved(t.price(), Source.CONTRACT_TIER, contract.contractId()))
        .orElse(new Resolved(contract.price(), Source.CONTRACT, contract.contractId()));
  }
}
