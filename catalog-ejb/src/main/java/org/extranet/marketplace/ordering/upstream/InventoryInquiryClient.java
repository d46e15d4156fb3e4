// TEMPORARY until the upstream branch is merged
package org.extranet.marketplace.ordering.upstream;
@jakarta.enterprise.context.ApplicationScoped
public class InventoryInquiryClient {
  public java.util.Optional<UpstreamStock> ask(String endpointUrl, String sku, int quantity, String requestedBy) { return java.util.Optional.empty(); }
}
