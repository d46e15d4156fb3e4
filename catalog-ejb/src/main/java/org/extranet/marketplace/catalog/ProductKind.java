// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.catalog;

/** Physical goods ship; digital goods (licences, downloads, training) are delivered online. */
public enum ProductKind {
  PHYSICAL,
  DIGITAL
}
