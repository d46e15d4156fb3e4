// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.ordering.ledger;

/** How a step reached the marketplace. */
public enum Channel {
  /** A person in the portal. */
  PORTAL,
  /** A partner system over the REST API. */
  REST,
  /** A partner system over SOAP. */
  SOAP,
  /** A partner system over EDI (X12 / EDIFACT). */
  EDI,
  /** Keyed in by hand from a phone call, fax or e-mail (see {@link ManualSource}). */
  MANUAL,
  /** The marketplace's own automated work (delivering a purchase order to a channel, …). */
  SYSTEM
}
