// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.partner.rest.problem;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Jersey's own mapper for Bean Validation errors is more specific than {@link ProblemMapper} and
 * answers with an empty body; this one is more specific still and hands over to ProblemMapper.
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

  private final ProblemMapper problems = new ProblemMapper();

  @Override
  public Response toResponse(ConstraintViolationException e) {
    return problems.toResponse(e);
  }
}
