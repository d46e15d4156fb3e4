// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.organization;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Reads organizations and members, scoped by the tenancy guard: operators see all. */
@Stateless
public class OrganizationDirectory {

  @Inject Tenancy tenancy;
  @Inject OrganizationRepository organizations;
  @PersistenceContext EntityManager em;

  public List<OrganizationView> organizations() {
    return tenancy
        .scoped(em.createQuery(
            "select o from Organization o where (:tenant is null or o.id = :tenant) order by o.name", Organization.class))
        .getResultStream()
        .map(Organization::view)
        .toList();
  }

  public OrganizationView organization(String id) {
    return tenancy.find(Organization.class, id).view();
  }

  public List<MemberProfile> members(String organizationId) {
    Organization organization = tenancy.find(Organization.class, organizationId);
    return organizations.members(organization.id()).stream().map(MemberProfile::of).toList();
  }
}
