// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.ordering.upstream;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.extranet.marketplace.organization.TenantOwned;

/** A supplier's distributor or manufacturer, and where its InventoryInquiry service answers. */
@Entity
@Table(name = "upstream_partner")
public class UpstreamPartner implements TenantOwned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "supplier_id", nullable = false, length = 36)
  private String supplierId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private UpstreamTier tier;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(name = "endpoint_url", nullable = false, length = 500)
  private String endpointUrl;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected UpstreamPartner() {} // for JPA only

  UpstreamPartner(String supplierId, UpstreamTier tier, String name, String endpointUrl, Instant at) {
    this.supplierId = supplierId;
    this.tier = tier;
    this.name = name;
    this.endpointUrl = endpointUrl;
    this.createdAt = at;
  }

  @Override
  public boolean isVisibleTo(String organizationId) {
    return supplierId.equals(organizationId);
  }

  public Long id() { return id; }
  public String supplierId() { return supplierId; }
  public UpstreamTier tier() { return tier; }
  public String name() { return name; }
  public String endpointUrl() { return endpointUrl; }
}
