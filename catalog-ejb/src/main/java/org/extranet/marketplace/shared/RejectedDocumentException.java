// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.shared;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A document (e.g. a CSV import) that is well-formed enough to read but breaks rules on some of its lines
 * (422). Lists every bad line so the sender fixes the file once; nothing of the document was applied.
 */
@ApplicationException(rollback = true)
public class RejectedDocumentException extends RuntimeException {

  /** What is wrong on one line (1-based, the header is line 1), and in which column when known. */
  public record LineError(int line, String field, String message) {}

  private final List<LineError> errors;

  public RejectedDocumentException(String summary, List<LineError> errors) {
    super(summary);
    this.errors = List.copyOf(errors);
  }

  public List<LineError> errors() {
    return errors;
  }
}
