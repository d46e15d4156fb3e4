// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.ordering.ledger;

/** Where a manually keyed document came from: the before-state the marketplace replaces. */
public enum ManualSource { PHONE, FAX, EMAIL }
