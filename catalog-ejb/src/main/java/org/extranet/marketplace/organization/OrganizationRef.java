// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.organization;

/** An organization as a report names it: its id and its name (API.md writes it {"id", "name"}). */
public record OrganizationRef(String id, String name) {}
