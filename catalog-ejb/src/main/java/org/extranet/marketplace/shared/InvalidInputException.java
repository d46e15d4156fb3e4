// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.shared;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** Input that breaks a business rule; names every offending field so the caller can fix all at once. */
@ApplicationException(rollback = true)
public class InvalidInputException extends RuntimeException {

  /** One offending field (or line of an import) and what is wrong with it. */
  public record Violation(String field, String message) {}

  private final List<Violation> violations;

  public InvalidInputException(List<Violation> violations) {
    super(summary(violations));
    this.violations = List.copyOf(violations);
  }

  public static InvalidInputException of(String field, String message) {
    return new InvalidInputException(List.of(new Violation(field, message)));
  }

  public List<Violation> violations() {
    return violations;
  }

  private static String summary(List<Violation> violations) {
    return violations.size() == 1
        ? violations.get(0).field() + ": " + violations.get(0).message()
        : violations.size() + " invalid fields";
  }
}
