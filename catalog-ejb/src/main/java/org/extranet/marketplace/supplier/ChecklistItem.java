// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.supplier;

/** What the operator checks before admitting a supplier; all must pass before approval. */
public enum ChecklistItem {
  IDENTITY_VERIFIED,
  TAX_ID_VERIFIED,
  REFERENCES_CHECKED,
  INSURANCE_CERTIFICATE,
  QUALITY_POLICY,
  AGREEMENT_SIGNED
}
