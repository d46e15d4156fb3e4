// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.shared;

import jakarta.ejb.ApplicationException;

/** The caller's roles do not allow this use case (403), whichever boundary they came through. */
@ApplicationException(rollback = true)
public class ForbiddenException extends RuntimeException {

  public ForbiddenException(String message) {
    super(message);
  }
}
