// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.organization;

/** What an organization is to the network. */
public enum OrganizationKind {
  BUYER,
  SUPPLIER,
  OPERATOR
}
