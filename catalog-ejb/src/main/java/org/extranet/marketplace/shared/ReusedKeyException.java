// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.shared;

import jakarta.ejb.ApplicationException;

/** An Idempotency-Key sent again with a different request body (422): the key names another request. */
@ApplicationException(rollback = true)
public class ReusedKeyException extends RuntimeException {

  public ReusedKeyException(String key) {
    super("The Idempotency-Key '" + key + "' was already used for a different request; use a new key for a new request.");
  }
}
