// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.integration.partner;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.extranet.marketplace.organization.Caller;
import org.extranet.marketplace.organization.MemberRole;
import org.extranet.marketplace.organization.OrganizationRepository;
import org.extranet.marketplace.organization.Tenancy;
import org.extranet.marketplace.shared.ConflictException;
import org.extranet.marketplace.shared.NotFoundException;
import org.extranet.marketplace.shared.Validation;

/**
 * Partner profiles (operator-managed): which channels a partner organization trades on and its EDI
 * identity (ISA qualifier and id, unique in the network). A partner reads its own; the operator all.
 */
@Stateless
public class PartnerProfiles {

  /** A profile as partners and the operator see it. */
  public record View(String organizationId, String ediQualifier, String ediId, Set<PartnerProfile.TradingChannel> channels,
      String endpointUrl, Instant updatedAt) {

    static View of(PartnerProfile p) {
      return new View(p.organizationId(), p.ediQualifier(), p.ediId(), p.channels(), p.endpointUrl(), p.updatedAt());
    }
  }

  /** What the operator sets. */
  public record Settings(String ediQualifier, String ediId, Set<PartnerProfile.TradingChannel> channels, String endpointUrl) {}

  @Inject Caller caller;
  @Inject Tenancy tenancy;
  @Inject Clock clock;
  @Inject OrganizationRepository organizations;
  @PersistenceContext EntityManager em;

  public View save(String organizationId, Settings settings) {
    caller.require(MemberRole.OPERATOR);
    organizations.find(organizationId).orElseThrow(() -> new NotFoundException("Organization", organizationId));
    String qualifier = settings.ediQualifier() == null || settings.ediQualifier().isBlank() ? "ZZ" : settings.ediQualifier().strip();
    String ediId = settings.ediId() == null ? null : settings.ediId().strip();
    new Validation()
        .require(qualifier.length() == 2, "ediQualifier", "two characters, e.g. ZZ")
        .require(ediId != null && ediId.matches("[A-Za-z0-9 ._-]{2,15}"), "ediId", "2 to 15 letters, digits, space . _ -")
        .require(settings.channels() != null && !settings.channels().isEmpty(), "channels", "at least one: PORTAL, EDI_X12, EDIFACT, SOAP, REST_WEBHOOK")
        .require(settings.endpointUrl() == null || settings.endpointUrl().matches("https?://\\S{3,490}"), "endpointUrl", "an http(s) URL")
        .orThrow();
    byEdiId(qualifier, ediId).filter(other -> !other.organizationId().equals(organizationId)).ifPresent(other -> {
      throw new ConflictException("EDI id " + qualifier + "/" + ediId + " belongs to another organization");
    });
    PartnerProfile profile = Optional.ofNullable(em.find(PartnerProfile.class, organizationId)).orElseGet(() -> {
      PartnerProfile fresh = new PartnerProfile(organizationId);
      em.persist(fresh);
      return fresh;
    });
    profile.update(qualifier, ediId, settings.channels(), settings.endpointUrl(), clock.instant(),
        caller.email().orElse(caller.organizationId()));
    em.flush();
    return View.of(profile);
  }

  /** The operator: every profile; anyone else: its own organization's, if it has one. */
  public List<View> list() {
    if (tenancy.seesAll()) {
      return em.createQuery("select p from PartnerProfile p order by p.organizationId", PartnerProfile.class)
          .getResultList().stream().map(View::of).toList();
    }
    return ofOrganization(tenancy.organizationId()).map(View::of).stream().toList();
  }

  public Optional<PartnerProfile> ofOrganization(String organizationId) {
    return Optional.ofNullable(em.find(PartnerProfile.class, organizationId));
  }

  public Optional<PartnerProfile> byEdiId(String qualifier, String ediId) {
    return em.createQuery("select p from PartnerProfile p where p.ediId = :id", PartnerProfile.class)
        .setParameter("id", ediId)
        .getResultStream()
        .filter(p -> qualifier == null || p.ediQualifier().equals(qualifier))
        .findFirst();
  }
}
