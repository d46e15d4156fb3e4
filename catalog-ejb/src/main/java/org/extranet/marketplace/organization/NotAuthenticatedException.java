// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.organization;

import jakarta.ejb.ApplicationException;

/** A use case was called without an established caller (no `org_id` in the token, say). */
@ApplicationException(rollback = true)
public class NotAuthenticatedException extends RuntimeException {

  public NotAuthenticatedException() {
    super("the caller has no organization (token without org_id)");
  }
}
