// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A partner company (buyer or supplier) or the operator. Its id is the `org_id` claim Keycloak puts
 * in its people's tokens, so it is fixed at registration and never changes. The e-mail domain, when
 * given, is unique across the network: it is how a person's company is recognised at login.
 */
@Entity
@Table(name = "organization")
public class Organization implements TenantOwned {

  @Id
  @Column(length = 36)
  private String id;

  @Column(nullable = false, length = 200)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private OrganizationKind kind;

  @Column(name = "email_domain", length = 253)
  private String emailDomain;

  @Column(name = "registered_at", nullable = false)
  private Instant registeredAt;

  @Version private long version;

  protected Organization() {} // for JPA only

  Organization(String id, String name, OrganizationKind kind, String emailDomain, Instant registeredAt) {
    this.id = id == null ? UUID.randomUUID().toString() : id;
    this.name = Objects.requireNonNull(name).strip();
    this.kind = Objects.requireNonNull(kind);
    this.emailDomain = emailDomain == null ? null : emailDomain.strip().toLowerCase();
    this.registeredAt = Objects.requireNonNull(registeredAt);
  }

  @Override
  public boolean isVisibleTo(String organizationId) {
    return id.equals(organizationId);
  }

  public String id() {
    return id;
  }

  public String name() {
    return name;
  }

  public OrganizationKind kind() {
    return kind;
  }

  public String emailDomain() {
    return emailDomain;
  }

  public Instant registeredAt() {
    return registeredAt;
  }

  public OrganizationView view() {
    return new OrganizationView(id, name, kind, emailDomain);
  }
}
