// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.organization;

import java.util.Set;
import org.extranet.marketplace.shared.Money;

/** A person to add to an organization; {@code spendingLimit} is null for "no limit". */
public record NewMember(String email, String displayName, Set<MemberRole> roles, Money spendingLimit) {}
