// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.organization;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.extranet.marketplace.shared.Money;

/**
 * A person of a member organization, known by e-mail (their login). Holds the buying-centre roles
 * the business uses and, for requesters, a spending limit above which their orders need approval.
 */
@Entity
@Table(name = "organization_member")
public class Member implements TenantOwned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "organization_id")
  private Organization organization;

  @Column(nullable = false, length = 254, unique = true)
  private String email;

  @Column(name = "display_name", nullable = false, length = 200)
  private String displayName;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "member_role", joinColumns = @JoinColumn(name = "member_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "role_name", length = 32)
  private Set<MemberRole> roles = EnumSet.noneOf(MemberRole.class);

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "amount", column = @Column(name = "spending_limit_amount")),
    @AttributeOverride(name = "currency", column = @Column(name = "spending_limit_currency"))
  })
  private Money spendingLimit;

  @Version private long version;

  protected Member() {} // for JPA only

  Member(Organization organization, String email, String displayName, Set<MemberRole> roles, Money spendingLimit) {
    this.organization = Objects.requireNonNull(organization);
    this.email = Objects.requireNonNull(email).strip().toLowerCase();
    this.displayName = Objects.requireNonNull(displayName).strip();
    this.roles = roles.isEmpty() ? EnumSet.noneOf(MemberRole.class) : EnumSet.copyOf(roles);
    this.spendingLimit = spendingLimit;
  }

  @Override
  public boolean isVisibleTo(String organizationId) {
    return organization.isVisibleTo(organizationId);
  }

  public String email() {
    return email;
  }

  public String displayName() {
    return displayName;
  }

  public Organization organization() {
    return organization;
  }

  public Set<MemberRole> roles() {
    return EnumSet.copyOf(roles.isEmpty() ? EnumSet.noneOf(MemberRole.class) : roles);
  }

  /** Empty when the member may order without limit. */
  public Optional<Money> spendingLimit() {
    return Optional.ofNullable(spendingLimit);
  }
}
