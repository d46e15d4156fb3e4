// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.organization;

/** Data that belongs to one or more organizations; the tenancy guard asks it who may see it. */
public interface TenantOwned {

  boolean isVisibleTo(String organizationId);
}
