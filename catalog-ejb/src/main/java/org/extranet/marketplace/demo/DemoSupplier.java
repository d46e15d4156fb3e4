// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.demo;

import org.extranet.marketplace.supplier.CompanyDetails;

/** A demo supplier and where its vetting should end: SUBMITTED, ACTIVE or SUSPENDED. */
record DemoSupplier(String id, String domain, CompanyDetails company, String tier, Standing standing) {

  enum Standing {
    SUBMITTED,
    ACTIVE,
    SUSPENDED
  }
}
