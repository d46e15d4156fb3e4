// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.catalog;

/**
 * How one listing relates to another: an ALTERNATIVE may replace it (any supplier's), an ACCESSORY goes
 * with it, a BUNDLE sells both at one price (the supplier's own listings only, for both).
 */
public enum RelationKind {
  ALTERNATIVE,
  ACCESSORY,
  BUNDLE
}
