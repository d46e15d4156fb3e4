// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.supplier;

/** Where an application stands: a draft until the applicant submits it, then the operator decides. */
public enum ApplicationStatus {
  DRAFT,
  SUBMITTED,
  APPROVED,
  REJECTED
}
