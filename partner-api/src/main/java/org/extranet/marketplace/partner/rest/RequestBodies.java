// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.partner.rest;

import org.extranet.marketplace.shared.InvalidInputException;

/** An empty body on a POST or PUT that needs one is a validation error, not a NullPointerException. */
public final class RequestBodies {

  private RequestBodies() {}

  public static void require(Object body) {
    if (body == null) {
      throw InvalidInputException.of("body", "a JSON object is required");
    }
  }
}
