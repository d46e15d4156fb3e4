// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.catalog;

/** How a digital product may be used once bought. */
public enum LicenceType {
  PERPETUAL,
  SUBSCRIPTION,
  NAMED_USER,
  CONCURRENT_USER,
  SITE
}
