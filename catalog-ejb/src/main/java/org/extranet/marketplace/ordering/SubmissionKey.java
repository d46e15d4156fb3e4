// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.ordering;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** An Idempotency-Key an organization used, the fingerprint of the request it came with, and its order. */
@Entity
@Table(name = "order_submission_key")
public class SubmissionKey {

  /** Keys are the organization's own: two buyers may use the same key. */
  @Embeddable
  public static class Id implements Serializable {
    @Column(name = "organization_id", length = 36) private String organizationId;
    @Column(name = "idempotency_key", length = 200) private String key;

    protected Id() {} // for JPA only

    Id(String organizationId, String key) {
      this.organizationId = organizationId;
      this.key = key;
    }

    @Override public boolean equals(Object o) {
      return o instanceof Id other && organizationId.equals(other.organizationId) && key.equals(other.key);
    }

    @Override public int hashCode() {
      return Objects.hash(organizationId, key);
    }
  }

  @EmbeddedId private Id id;

  @Column(name = "request_sha256", nullable = false, length = 64)
  private String requestSha256;

  @Column(name = "order_id")
  private Long orderId;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected SubmissionKey() {} // for JPA only

  SubmissionKey(String organizationId, String key, String requestSha256, Instant at) {
    this.id = new Id(organizationId, key);
    this.requestSha256 = requestSha256;
    this.createdAt = at;
  }

  void madeOrder(Long orderId) {
    this.orderId = orderId;
  }

  String requestSha256() { return requestSha256; }
  Long orderId() { return orderId; }
}
