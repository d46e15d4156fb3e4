// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.shared;

import jakarta.ejb.ApplicationException;

/** An upload over its size limit (413). */
@ApplicationException(rollback = true)
public class TooLargeException extends RuntimeException {

  public TooLargeException(String message) {
    super(message);
  }
}
