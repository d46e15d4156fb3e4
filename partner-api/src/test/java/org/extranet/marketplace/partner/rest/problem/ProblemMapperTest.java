// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.partner.rest.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.json.JsonObject;
import jakarta.persistence.OptimisticLockException;
import java.util.List;
import org.extranet.marketplace.shared.ConflictException;
import org.extranet.marketplace.shared.InvalidInputException;
import org.extranet.marketplace.shared.NotFoundException;
import org.junit.jupiter.api.Test;

/** Business exceptions become the right RFC 9457 problems, even wrapped by the EJB container. */
class ProblemMapperTest {

  private final ProblemMapper mapper = new ProblemMapper();

  @Test
  void validationNamesEveryField() {
    Problem problem = mapper.problemFor(new InvalidInputException(List.of(
        new InvalidInputException.Violation("name", "is required"),
        new InvalidInputException.Violation("kind", "must be BUYER, SUPPLIER or OPERATOR"))));

    assertEquals(400, problem.status());
    assertEquals(List.of("name", "kind"), problem.errors().stream().map(Problem.FieldError::field).toList());
  }

  @Test
  void anotherTenantsObjectIs404AndAConflictIs409() {
    assertEquals(404, mapper.problemFor(new NotFoundException("Organization", "x")).status());
    assertEquals(409, mapper.problemFor(new ConflictException("taken")).status());
    assertEquals(409, mapper.problemFor(new OptimisticLockException("stale")).status());
  }

  @Test
  void unwrapsTheEjbContainersWrapper() {
    assertEquals(404, mapper.toResponse(new EJBException(new NotFoundException("Organization", "x"))).getStatus());
  }

  @Test
  void unexpectedFailuresAre500WithoutStackTraceOrExceptionNames() {
    Problem problem = mapper.problemFor(new IllegalStateException("secret internal detail"));
    JsonObject json = problem.toJson();

    assertEquals(500, problem.status());
    assertFalse(json.toString().contains("secret internal detail"));
    assertFalse(json.toString().contains("IllegalStateException"));
    assertTrue(json.getString("detail").contains("incident"));
  }
}
