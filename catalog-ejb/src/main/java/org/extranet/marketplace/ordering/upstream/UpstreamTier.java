// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.ordering.upstream;

/** A level of a supplier's supply chain behind its own stock. */
public enum UpstreamTier { DISTRIBUTOR, MANUFACTURER }
