// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.partner.rest;

/** Realm role names, as constants for {@code @RolesAllowed}. */
public final class Roles {

  public static final String OPERATOR = "operator";
  public static final String BUYER = "buyer";
  public static final String APPROVER = "approver";
  public static final String SUPPLIER = "supplier";
  public static final String PARTNER_INTEGRATION = "partner-integration";

  private Roles() {}
}
