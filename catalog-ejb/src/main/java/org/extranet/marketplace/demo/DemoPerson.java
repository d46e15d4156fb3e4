// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.demo;

import java.util.Set;
import org.extranet.marketplace.organization.MemberRole;
import org.extranet.marketplace.shared.Money;

/** A demo login of API.md; the same person exists in the realm files of realm-config. */
record DemoPerson(String email, String displayName, Set<MemberRole> roles, Money spendingLimit) {}
