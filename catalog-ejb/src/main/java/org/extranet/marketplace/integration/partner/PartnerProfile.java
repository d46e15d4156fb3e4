// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.integration.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** How a partner organization trades with the network: its channels, its EDI identity, its endpoint. */
@Entity
@Table(name = "partner_profile")
public class PartnerProfile {

  /** The ways a partner's systems trade (issue 9). */
  public enum TradingChannel { PORTAL, EDI_X12, EDIFACT, SOAP, REST_WEBHOOK }

  @Id
  @Column(name = "organization_id", length = 36)
  private String organizationId;

  @Column(name = "edi_qualifier", nullable = false, length = 2)
  private String ediQualifier;

  @Column(name = "edi_id", nullable = false, length = 15)
  private String ediId;

  @Column(nullable = false, length = 200)
  private String channels;

  @Column(name = "endpoint_url", length = 500)
  private String endpointUrl;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by", nullable = false, length = 254)
  private String updatedBy;

  @Version
  private long version;

  protected PartnerProfile() {} // for JPA only

  PartnerProfile(String organizationId) {
    this.organizationId = organizationId;
  }

  void update(String ediQualifier, String ediId, Set<TradingChannel> channels, String endpointUrl, Instant at, String by) {
    this.ediQualifier = ediQualifier;
    this.ediId = ediId;
    this.channels = channels.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    this.endpointUrl = endpointUrl;
    this.updatedAt = at;
    this.updatedBy = by;
  }

  public String organizationId() { return organizationId; }
  public String ediQualifier() { return ediQualifier; }
  public String ediId() { return ediId; }
  public String endpointUrl() { return endpointUrl; }
  public Instant updatedAt() { return updatedAt; }

  public Set<TradingChannel> channels() {
    return channels == null || channels.isBlank() ? EnumSet.noneOf(TradingChannel.class)
        : Arrays.stream(channels.split(",")).map(TradingChannel::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(TradingChannel.class)));
  }
}
