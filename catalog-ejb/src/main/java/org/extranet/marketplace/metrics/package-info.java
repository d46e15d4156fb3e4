/**
 * Metrics (issue 8): what the marketplace measures from the order event ledger. {@code cost}: the
 * operator's cost model and each order's processing cost, event by event (ARCHITECTURE.md "Metrics").
 */
package org.extranet.marketplace.metrics;
