// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.supplier;

/**
 * A supplier organization's standing in the network: an APPLICANT from the first step of its application
 * until it is admitted (also after a rejection, until it applies again), then its membership's status.
 */
public enum SupplierStatus {
  APPLICANT,
  ACTIVE,
  SUSPENDED,
  LAPSED;

  static SupplierStatus of(MembershipStatus membership) {
    return valueOf(membership.name());
  }
}
