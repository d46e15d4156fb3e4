// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.shared;

import jakarta.ejb.ApplicationException;

/** The request is valid but clashes with the current state (a duplicate, a stale version …). */
@ApplicationException(rollback = true)
public class ConflictException extends RuntimeException {

  public ConflictException(String message) {
    super(message);
  }
}
