// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.shared;

import jakarta.ejb.ApplicationException;

/**
 * The object does not exist, or it belongs to another organization: callers cannot tell the two
 * apart, so another tenant's object answers exactly like a missing one.
 */
@ApplicationException(rollback = true)
public class NotFoundException extends RuntimeException {

  public NotFoundException(String what, Object id) {
    super(what + " " + id + " not found");
  }
}
