// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.organization;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import org.extranet.marketplace.shared.ConflictException;
import org.extranet.marketplace.shared.Validation;

/** The operator admits a partner company (or the operator itself) to the network. */
@Stateless
public class RegisterOrganization {

  private static final String UUID_PATTERN = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
  private static final String DOMAIN_PATTERN = "(?i)[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+";

  @Inject OrganizationRepository organizations;
  @Inject Clock clock;

  public OrganizationView register(OrganizationRegistration registration) {
    new Validation()
        .require(registration.id() == null || registration.id().matches(UUID_PATTERN), "id", "must be a UUID")
        .requireText(registration.name(), "name", 200)
        .require(registration.kind() != null, "kind", "must be BUYER, SUPPLIER or OPERATOR")
        .require(
            registration.emailDomain() == null || registration.emailDomain().strip().matches(DOMAIN_PATTERN),
            "emailDomain",
            "must be a domain name like example.com")
        .orThrow();
    if (registration.id() != null && organizations.find(registration.id()).isPresent()) {
      throw new ConflictException("organization " + registration.id() + " already exists");
    }
    if (organizations.nameTaken(registration.name())) {
      throw new ConflictException("an organization named '" + registration.name().strip() + "' already exists");
    }
    if (registration.emailDomain() != null && organizations.domainTaken(registration.emailDomain())) {
      throw new ConflictException("e-mail domain " + registration.emailDomain().strip() + " already belongs to an organization");
    }
    Organization organization =
        new Organization(registration.id(), registration.name(), registration.kind(), registration.emailDomain(), clock.instant());
    organizations.store(organization);
    return organization.view();
  }
}
