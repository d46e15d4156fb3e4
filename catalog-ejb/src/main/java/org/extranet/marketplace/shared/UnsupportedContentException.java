// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.shared;

import jakarta.ejb.ApplicationException;

/** An upload whose type is not accepted, or whose bytes do not match the type it claims (415). */
@ApplicationException(rollback = true)
public class UnsupportedContentException extends RuntimeException {

  public UnsupportedContentException(String message) {
    super(message);
  }
}
