// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.organization;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.extranet.marketplace.shared.NotFoundException;

/**
 * The caller as the network knows them: their organization from the token's `org_id`, their member
 * record when they are a person (partner systems' service accounts have none) and the roles their
 * token grants, which are what security decisions use.
 */
@Stateless
public class WhoAmI {

  @Inject Caller caller;
  @Inject Tenancy tenancy;
  @Inject OrganizationRepository organizations;

  public MemberProfile whoAmI() {
    Organization organization = organizations
        .find(caller.organizationId())
        .orElseThrow(() -> new NotFoundException("Organization", caller.organizationId()));
    return caller.email()
        .flatMap(organizations::memberByEmail)
        .filter(member -> member.isVisibleTo(organization.id()))
        .map(member -> new MemberProfile(
            member.email(), member.displayName(), organization.view(), caller.roles(), member.spendingLimit().orElse(null)))
        .orElseGet(() -> new MemberProfile(
            caller.email().orElse(null), caller.email().orElse(organization.name()), organization.view(), caller.roles(), null));
  }
}
