// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.portal.catalog;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.extranet.marketplace.catalog.pricing.ContractPrices;
import org.extranet.marketplace.catalog.pricing.NewContract;
import org.extranet.marketplace.organization.OrganizationView;
import org.extranet.marketplace.portal.shell.Outcomes;
import org.extranet.marketplace.shared.Money;

/** A supplier's contract prices: the table, and a form to agree a new one with up to two volume tiers. */
@Named("contractsPage")
@ViewScoped
public class ContractsPage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int SHOWN = 200;

  @Inject transient ContractPrices contracts;

  private List<ContractRow> rows = List.of();
  private List<BuyerOption> buyers = List.of();
  private String buyerId;
  private String sku;
  private BigDecimal price;
  private LocalDate validFrom = LocalDate.now();
  private LocalDate validTo;
  private Integer tier1Quantity;
  private BigDecimal tier1Price;
  private Integer tier2Quantity;
  private BigDecimal tier2Price;

  /** A buyer organization in the drop-down. */
  public record BuyerOption(String id, String name) {}

  @PostConstruct
  void load() {
    rows = contracts.list(0, SHOWN).items().stream().map(ContractRow::new).toList();
    buyers = contracts.buyers().stream().map((OrganizationView o) -> new BuyerOption(o.id(), o.name())).toList();
  }

  public void agree() {
    List<NewContract.Tier> tiers = new ArrayList<>();
    addTier(tiers, tier1Quantity, tier1Price);
    addTier(tiers, tier2Quantity, tier2Price);
    NewContract terms = new NewContract(buyerId, sku, usd(price), validFrom, validTo, tiers);
    if (Outcomes.run(() -> contracts.agree(terms), "Contract price for " + sku + " agreed")) {
      load();
    }
  }

  private static void addTier(List<NewContract.Tier> tiers, Integer quantity, BigDecimal price) {
    if (quantity != null || price != null) {
      tiers.add(new NewContract.Tier(quantity, usd(price)));
    }
  }

  /** The portal offers USD, the currency of every demo listing; the API takes any listing's currency. */
  private static Money usd(BigDecimal amount) {
    return amount == null ? null : Money.of(amount.setScale(Math.max(2, amount.scale()), java.math.RoundingMode.UNNECESSARY), "USD");
  }

  public List<ContractRow> getRows() { return rows; }
  public List<String> getBuyerIds() { return buyers.stream().map(BuyerOption::id).toList(); }
  public String buyerName(String id) {
    return buyers.stream().filter(b -> b.id().equals(id)).map(BuyerOption::name).findFirst().orElse(id);
  }
  public String getBuyerId() { return buyerId; }
  public void setBuyerId(String buyerId) { this.buyerId = buyerId; }
  public String getSku() { return sku; }
  public void setSku(String sku) { this.sku = sku; }
  public BigDecimal getPrice() { return price; }
  public void setPrice(BigDecimal price) { this.price = price; }
  public LocalDate getValidFrom() { return validFrom; }
  public void setValidFrom(LocalDate validFrom) { this.validFrom = validFrom; }
  public LocalDate getValidTo() { return validTo; }
  public void setValidTo(LocalDate validTo) { this.validTo = validTo; }
  public Integer getTier1Quantity() { return tier1Quantity; }
  public void setTier1Quantity(Integer q) { this.tier1Quantity = q; }
  public BigDecimal getTier1Price() { return tier1Price; }
  public void setTier1Price(BigDecimal p) { this.tier1Price = p; }
  public Integer getTier2Quantity() { return tier2Quantity; }
  public void setTier2Quantity(Integer q) { this.tier2Quantity = q; }
  public BigDecimal getTier2Price() { return tier2Price; }
  public void setTier2Price(BigDecimal p) { this.tier2Price = p; }
}
