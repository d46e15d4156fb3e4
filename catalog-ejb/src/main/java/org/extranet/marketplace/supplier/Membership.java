// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.supplier;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.extranet.marketplace.organization.TenantOwned;
import org.extranet.marketplace.shared.ConflictException;
import org.extranet.marketplace.shared.Money;
import org.extranet.marketplace.shared.Validation;

/**
 * A supplier's membership of the network: one per supplier organization, with a tier, a yearly
 * period and the fee charged for it. ACTIVE ⇄ SUSPENDED (operator, with reason); ACTIVE or SUSPENDED →
 * LAPSED when the period ends without renewal.
 */
@Entity
@Table(name = "membership")
public class Membership implements TenantOwned {

  /** Members are reminded this many days before their period ends. */
  public static final int REMINDER_DAYS = 30;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "organization_id", nullable = false, length = 36)
  private String organizationId;

  @ManyToOne(optional = false, fetch = FetchType.EAGER)
  @JoinColumn(name = "tier_code")
  private MembershipTier tier;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private MembershipStatus status;

  @Column(name = "period_start", nullable = false)
  private LocalDate periodStart;

  @Column(name = "period_end", nullable = false)
  private LocalDate periodEnd;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "amount", column = @Column(name = "annual_fee_amount")),
    @AttributeOverride(name = "currency", column = @Column(name = "annual_fee_currency"))
  })
  private Money annualFee;

  @Column(name = "suspension_reason", length = 1000)
  private String suspensionReason;

  @Column(name = "reminded_at")
  private Instant remindedAt;

  @Version private long version;

  protected Membership() {} // for JPA only

  /** A year's membership from {@code start}, at the tier's fee. */
  public Membership(String organizationId, MembershipTier tier, LocalDate start) {
    this.organizationId = Objects.requireNonNull(organizationId);
    this.tier = Objects.requireNonNull(tier);
    this.periodStart = Objects.requireNonNull(start);
    this.periodEnd = start.plusYears(1).minusDays(1);
    this.annualFee = tier.annualFee();
    this.status = MembershipStatus.ACTIVE;
  }

  public void suspend(String reason) {
    new Validation().requireText(reason, "reason", 1000).orThrow();
    if (status != MembershipStatus.ACTIVE) {
      throw new ConflictException("only an ACTIVE membership can be suspended; this one is " + status);
    }
    status = MembershipStatus.SUSPENDED;
    suspensionReason = reason.strip();
  }

  public void reinstate(LocalDate today) {
    if (status != MembershipStatus.SUSPENDED) {
      throw new ConflictException("only a SUSPENDED membership can be reinstated; this one is " + status);
    }
    if (today.isAfter(periodEnd)) {
      throw new ConflictException("the membership period ended on " + periodEnd + "; renew instead");
    }
    status = MembershipStatus.ACTIVE;
    suspensionReason = null;
  }

  /**
   * A new year's membership after the fee is paid: within the last {@link #REMINDER_DAYS} days of an ACTIVE
   * period the new one follows on without a gap; a LAPSED member starts again from today. A SUSPENDED one
   * must be reinstated first, and an ACTIVE one renews only once its period is nearly over (409).
   *
   * @param tier the tier for the new year (a member may move up or down); its fee is the new fee record
   */
  public void renew(LocalDate today, MembershipTier tier) {
    Objects.requireNonNull(tier, "tier");
    if (status == MembershipStatus.SUSPENDED) {
      throw new ConflictException("a SUSPENDED membership is reinstated, not renewed");
    }
    if (status == MembershipStatus.ACTIVE && today.isBefore(periodEnd.minusDays(REMINDER_DAYS))) {
      throw new ConflictException("the membership runs until " + periodEnd + "; it can be renewed from "
          + periodEnd.minusDays(REMINDER_DAYS));
    }
    LocalDate start = status == MembershipStatus.ACTIVE && !today.isAfter(periodEnd) ? periodEnd.plusDays(1) : today;
    this.tier = tier;
    this.annualFee = tier.annualFee();
    this.periodStart = start;
    this.periodEnd = start.plusYears(1).minusDays(1);
    this.status = MembershipStatus.ACTIVE;
    this.remindedAt = null;
  }

  /** Lapses the membership once its period is over; true when that happened now. */
  public boolean lapseIfOver(LocalDate today) {
    if (status != MembershipStatus.LAPSED && today.isAfter(periodEnd)) {
      status = MembershipStatus.LAPSED;
      return true;
    }
    return false;
  }

  /** True, once, when the member should be reminded that the period ends soon. */
  public boolean remindIfDue(LocalDate today, Instant now) {
    boolean due = status == MembershipStatus.ACTIVE && remindedAt == null
        && !today.isBefore(periodEnd.minusDays(REMINDER_DAYS)) && !today.isAfter(periodEnd);
    if (due) {
      remindedAt = now;
    }
    return due;
  }

  public boolean isActive() {
    return status == MembershipStatus.ACTIVE;
  }

  @Override
  public boolean isVisibleTo(String organizationId) {
    return this.organizationId.equals(organizationId);
  }

  public String organizationId() { return organizationId; }
  public MembershipTier tier() { return tier; }
  public MembershipStatus status() { return status; }
  public LocalDate periodStart() { return periodStart; }
  public LocalDate periodEnd() { return periodEnd; }
  public Money annualFee() { return annualFee; }
  public String suspensionReason() { return suspensionReason; }
  public Instant remindedAt() { return remindedAt; }
}
