// TEMPORARY until the upstream branch is merged
package org.extranet.marketplace.ordering.upstream;
public record UpstreamStock(int available, java.time.LocalDate earliestDate) {}
