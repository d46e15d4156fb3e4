// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.supplier;

/** Only ACTIVE suppliers' listings are visible or orderable. */
public enum MembershipStatus {
  ACTIVE,
  SUSPENDED,
  LAPSED
}
