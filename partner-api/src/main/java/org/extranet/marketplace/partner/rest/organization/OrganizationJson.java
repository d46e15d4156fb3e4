// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.partner.rest.organization;

import org.extranet.marketplace.organization.OrganizationView;

/** An organization on the wire. */
public record OrganizationJson(String id, String name, String kind, String emailDomain) {

  static OrganizationJson of(OrganizationView view) {
    return new OrganizationJson(view.id(), view.name(), view.kind().name(), view.emailDomain());
  }
}
