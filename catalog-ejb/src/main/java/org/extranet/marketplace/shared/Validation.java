// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.shared;

import java.util.ArrayList;
import java.util.List;

/** Collects every violation of a command before failing, so one error names all bad fields. */
public final class Validation {

  private final List<InvalidInputException.Violation> violations = new ArrayList<>();

  public Validation require(boolean condition, String field, String message) {
    if (!condition) {
      violations.add(new InvalidInputException.Violation(field, message));
    }
    return this;
  }

  public Validation requireText(String value, String field, int maxLength) {
    if (value == null || value.isBlank()) {
      return require(false, field, "is required");
    }
    return require(value.length() <= maxLength, field, "must be at most " + maxLength + " characters");
  }

  /** Required text, or (when {@code required} is false) text that may be missing but not too long. */
  public Validation text(String value, String field, int maxLength, boolean required) {
    if (required || (value != null && !value.isBlank())) {
      return requireText(value, field, maxLength);
    }
    return this;
  }

  /** What was found so far, for callers that report rather than throw (e.g. one line of an import). */
  public List<InvalidInputException.Violation> violations() {
    return List.copyOf(violations);
  }

  public void orThrow() {
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
  }
}
