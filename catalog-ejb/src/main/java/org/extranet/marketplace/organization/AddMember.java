// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.organization;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Set;
import org.extranet.marketplace.shared.ConflictException;
import org.extranet.marketplace.shared.Validation;

/** Adds a person to an organization the caller may see (operators: any). */
@Stateless
public class AddMember {

  @Inject Tenancy tenancy;
  @Inject OrganizationRepository organizations;

  public MemberProfile add(String organizationId, NewMember newMember) {
    Organization organization = tenancy.find(Organization.class, organizationId);
    Set<MemberRole> roles = newMember.roles() == null ? Set.of() : newMember.roles();
    new Validation()
        .requireText(newMember.email(), "email", 254)
        .require(newMember.email() == null || newMember.email().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"), "email", "must be an e-mail address")
        .requireText(newMember.displayName(), "displayName", 200)
        .require(
            newMember.spendingLimit() == null || newMember.spendingLimit().amount().signum() >= 0,
            "spendingLimit",
            "must not be negative")
        .orThrow();
    if (organizations.memberByEmail(newMember.email()).isPresent()) {
      throw new ConflictException(newMember.email() + " is already a member of the network");
    }
    Member member = new Member(organization, newMember.email(), newMember.displayName(), roles, newMember.spendingLimit());
    organizations.store(member);
    return MemberProfile.of(member);
  }
}
