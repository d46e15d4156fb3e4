// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.shared;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * The request is valid but clashes with the current state (a duplicate, a stale version, stock that ran
 * out …). When the clash is in particular lines of a document (an order's short lines), they are named.
 */
@ApplicationException(rollback = true)
public class ConflictException extends RuntimeException {

  private final List<RejectedDocumentException.LineError> errors;

  public ConflictException(String message) {
    this(message, List.of());
  }

  public ConflictException(String message, List<RejectedDocumentException.LineError> errors) {
    super(message);
    this.errors = List.copyOf(errors);
  }

  /** The lines in conflict (1-based line numbers of the request), empty when the whole request clashes. */
  public List<RejectedDocumentException.LineError> errors() {
    return errors;
  }
}
