// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.shipment;

import java.time.Instant;

/**
 * A carrier's event as the supplier (or its system) reports it (API.md {@code POST /shipments/{id}/events}).
 *
 * @param at when it happened; now when not given
 * @param note the reason, for FAILED
 */
public record TrackingReport(TrackingCode code, Instant at, String location, String note) {}
