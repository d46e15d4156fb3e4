// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.demo;

import java.util.List;
import org.extranet.marketplace.organization.OrganizationKind;

/**
 * A demo organization. Its id is the `org_id` the realm files of realm-config give its people, so
 * tokens and database agree without any lookup.
 */
record DemoCompany(String id, String name, OrganizationKind kind, String emailDomain, List<DemoPerson> people) {}
