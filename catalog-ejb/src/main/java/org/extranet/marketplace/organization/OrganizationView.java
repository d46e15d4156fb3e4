// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.organization;

/** Read model of an organization, safe to hand to any boundary. */
public record OrganizationView(String id, String name, OrganizationKind kind, String emailDomain) {}
