// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.catalog;

import java.time.Instant;

/** What became of one uploaded listings file (no content: fetch that separately if ever needed). */
public record ImportReport(
    Long id, String fileName, String sha256, long size, Instant receivedAt, ListingImport.Status status, int lines,
    int created, int updated, int errors, String outcome, Instant finishedAt) {}
