// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.partner.rest.organization;

import java.util.Arrays;
import org.extranet.marketplace.organization.OrganizationKind;
import org.extranet.marketplace.organization.OrganizationRegistration;

/**
 * POST /organizations: the operator admits a partner company. Field rules live in the business tier
 * (RegisterOrganization), which names every bad field; an unknown kind arrives there as missing.
 */
public record RegisterOrganizationRequest(String id, String name, String kind, String emailDomain) {

  OrganizationRegistration toRegistration() {
    OrganizationKind parsedKind = Arrays.stream(OrganizationKind.values())
        .filter(k -> k.name().equals(kind))
        .findFirst()
        .orElse(null);
    return new OrganizationRegistration(id, name, parsedKind, emailDomain);
  }
}
