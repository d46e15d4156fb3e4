// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.supplier;

/** Where an application stands: submitted until the operator decides, then approved or rejected. */
public enum ApplicationStatus {
  SUBMITTED,
  APPROVED,
  REJECTED
}
