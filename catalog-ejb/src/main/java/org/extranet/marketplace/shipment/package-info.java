/**
 * Shipment: what leaves a supplier for a purchase order — carrier, tracking number, lines and quantities
 * (partial shipments allowed) — the carrier's tracking events up to the delivery outcome (DELIVERED, or
 * FAILED with a reason: its units are to ship again), the buyer's receipt of what arrived, and the order's
 * tracking timeline that merges the order's ledger with every shipment's events.
 */
package org.extranet.marketplace.shipment;
