// SPDX-License-Identifier: Apache-2.0
/**
 * The order event ledger: one immutable row per step of an order's life — who or what did it, over which
 * channel, by hand or automatically, how long it took where the portal could measure it, and whether it was
 * rework. The metrics (processing cost per order, scorecards) are computed from these rows and nothing else.
 * README "Order event ledger" defines every field and event type.
 */
package org.extranet.marketplace.ordering.ledger;
