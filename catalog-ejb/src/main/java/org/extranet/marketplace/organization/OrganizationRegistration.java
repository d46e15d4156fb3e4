// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.organization;

/**
 * What the operator registers for a new partner company. {@code id} is optional: give it when the
 * company's identity provider already names the organization (the `org_id` its tokens carry).
 */
public record OrganizationRegistration(String id, String name, OrganizationKind kind, String emailDomain) {}
