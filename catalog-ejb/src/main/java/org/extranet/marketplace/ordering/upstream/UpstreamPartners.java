// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.ordering.upstream;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import org.extranet.marketplace.organization.Caller;
import org.extranet.marketplace.organization.MemberRole;
import org.extranet.marketplace.organization.Tenancy;
import org.extranet.marketplace.shared.ConflictException;
import org.extranet.marketplace.shared.Validation;

/** A supplier names its upstream tiers (its own only); ordering asks them when the supplier is short. */
@Stateless
public class UpstreamPartners {

  /** Read model of one upstream partner. */
  public record View(Long id, UpstreamTier tier, String name, String endpointUrl) {
    static View of(UpstreamPartner p) {
      return new View(p.id(), p.tier(), p.name(), p.endpointUrl());
    }
  }

  @Inject Caller caller;
  @Inject Tenancy tenancy;
  @Inject Clock clock;
  @PersistenceContext EntityManager em;

  public View register(UpstreamTier tier, String name, String endpointUrl) {
    caller.require(MemberRole.SUPPLIER);
    new Validation()
        .require(tier != null, "tier", "DISTRIBUTOR or MANUFACTURER")
        .requireText(name, "name", 200)
        .require(isHttpUrl(endpointUrl), "endpointUrl", "an http(s) URL of at most 500 characters")
        .orThrow();
    String supplierId = caller.organizationId();
    if (of(supplierId).stream().anyMatch(p -> p.tier() == tier && p.endpointUrl().equals(endpointUrl))) {
      throw new ConflictException("this " + tier + " is registered already");
    }
    UpstreamPartner partner = new UpstreamPartner(supplierId, tier, name.strip(), endpointUrl, clock.instant());
    em.persist(partner);
    return View.of(partner);
  }

  public List<View> mine() {
    caller.require(MemberRole.SUPPLIER);
    return of(caller.organizationId()).stream().map(View::of).toList();
  }

  public void remove(Long id) {
    caller.require(MemberRole.SUPPLIER);
    em.remove(tenancy.find(UpstreamPartner.class, id));
  }

  /** A supplier's upstream partners, distributors first. For ordering's availability check. */
  public List<UpstreamPartner> of(String supplierId) {
    return em.createQuery("select p from UpstreamPartner p where p.supplierId = :s order by p.tier, p.id", UpstreamPartner.class)
        .setParameter("s", supplierId)
        .getResultList();
  }

  private static boolean isHttpUrl(String url) {
    if (url == null || url.length() > 500) {
      return false;
    }
    try {
      URI uri = URI.create(url);
      return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
