// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.partner.rest.problem;

import jakarta.ejb.EJBException;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.extranet.marketplace.organization.NotAuthenticatedException;
import org.extranet.marketplace.shared.ConflictException;
import org.extranet.marketplace.shared.InvalidInputException;
import org.extranet.marketplace.shared.NotFoundException;
import org.extranet.marketplace.shared.RejectedDocumentException;

/**
 * The one place every error of the partner API becomes RFC 9457 problem+json. Unexpected failures
 * answer 500 with an incident id that is also in the server log; never a stack trace.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

  /** 422, which JAX-RS 3.1 has no constant for: a document read but refused line by line. */
  static final Response.StatusType UNPROCESSABLE = new Response.StatusType() {
    @Override public int getStatusCode() { return 422; }
    @Override public Response.Status.Family getFamily() { return Response.Status.Family.CLIENT_ERROR; }
    @Override public String getReasonPhrase() { return "Unprocessable Content"; }
  };


  private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

  @Context jakarta.ws.rs.core.Request request;

  @Override
  public Response toResponse(Throwable thrown) {
    return problemFor(unwrap(thrown)).toResponse();
  }

  Problem problemFor(Throwable e) {
    if (e instanceof InvalidInputException invalid) {
      return Problem.of(Status.BAD_REQUEST, "invalid-input", "The request has invalid fields.")
          .withErrors(invalid.violations().stream()
              .map(v -> new Problem.FieldError(v.field(), null, v.message()))
              .toList());
    }
    if (e instanceof ConstraintViolationException violations) {
      return Problem.of(Status.BAD_REQUEST, "invalid-input", "The request has invalid fields.")
          .withErrors(violations.getConstraintViolations().stream().map(ProblemMapper::fieldError).toList());
    }
    if (e instanceof NotFoundException) {
      return Problem.of(Status.NOT_FOUND, "not-found", e.getMessage());
    }
    if (e instanceof RejectedDocumentException rejected) {
      return Problem.of(UNPROCESSABLE, "rejected-document", e.getMessage())
          .withErrors(rejected.errors().stream()
              .map(line -> new Problem.FieldError(line.field(), line.line(), line.message()))
              .toList());
    }
    if (e instanceof org.extranet.marketplace.shared.TooLargeException) {
      return Problem.of(Status.REQUEST_ENTITY_TOO_LARGE, "too-large", e.getMessage());
    }
    if (e instanceof org.extranet.marketplace.shared.UnsupportedContentException) {
      return Problem.of(Status.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", e.getMessage());
    }
    if (e instanceof ConflictException conflict) {
      return Problem.of(Status.CONFLICT, "conflict", e.getMessage())
          .withErrors(conflict.errors().stream()
              .map(line -> new Problem.FieldError(line.field(), line.line(), line.message()))
              .toList());
    }
    if (e instanceof org.extranet.marketplace.shared.ReusedKeyException) {
      return Problem.of(UNPROCESSABLE, "idempotency-key-reused", e.getMessage());
    }
    if (e instanceof OptimisticLockException) {
      return Problem.of(Status.CONFLICT, "concurrent-update", "Someone else changed this object first; reload and retry.");
    }
    if (isConstraintViolation(e)) {
      return Problem.of(Status.CONFLICT, "conflict", "This clashes with data written at the same moment; reload and retry.");
    }
    if (e instanceof org.extranet.marketplace.shared.ForbiddenException) {
      return Problem.of(Status.FORBIDDEN, "forbidden", e.getMessage());
    }
    if (e instanceof NotAuthenticatedException) {
      return Problem.of(Status.FORBIDDEN, "no-organization", e.getMessage());
    }
    if ((e instanceof JsonbException || e instanceof JsonException || e instanceof ProcessingException) && readsABody()) {
      return Problem.of(Status.BAD_REQUEST, "malformed-json", "The request body is not valid JSON for this resource.");
    }
    if (e instanceof WebApplicationException web) {
      return forHttpError(web);
    }
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Incident " + incident, e);
    return Problem.of(Status.INTERNAL_SERVER_ERROR, "internal-error", "Something went wrong on our side (incident " + incident + ").");
  }

  private static Problem forHttpError(WebApplicationException web) {
    Response.StatusType status = web.getResponse().getStatusInfo();
    if (web instanceof NotAllowedException) {
      return Problem.of(status, "method-not-allowed", "This resource does not support that method; allowed: " + web.getResponse().getAllowedMethods() + ".");
    }
    if (status.getStatusCode() == 400 && web.getCause() != null) {
      return Problem.of(status, "malformed-json", "The request body is not valid JSON for this resource.");
    }
    return Problem.forStatus(status.getStatusCode());
  }

  /** A unique or foreign key refused the write: somebody else got there first. */
  private static boolean isConstraintViolation(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.sql.SQLIntegrityConstraintViolationException) {
        return true;
      }
    }
    return false;
  }

  private static Problem.FieldError fieldError(ConstraintViolation<?> violation) {
    String path = violation.getPropertyPath().toString();
    // "method.arg0.field" -> "field": the client knows its JSON, not our parameter names.
    List<String> nodes = List.of(path.split("\\."));
    String field = nodes.size() > 2 ? String.join(".", nodes.subList(2, nodes.size())) : nodes.get(nodes.size() - 1);
    return new Problem.FieldError(field, null, violation.getMessage());
  }

  /** JSON errors while reading a request body are the client's; while writing a response, ours (500). */
  private boolean readsABody() {
    String method = request == null ? "POST" : request.getMethod();
    return !("GET".equals(method) || "HEAD".equals(method) || "DELETE".equals(method));
  }

  private static Throwable unwrap(Throwable e) {
    Throwable current = e;
    while ((current instanceof EJBException || isJaxrsWrapperOfDomainError(current)) && current.getCause() != null) {
      current = current.getCause();
    }
    return current;
  }

  private static boolean isJaxrsWrapperOfDomainError(Throwable e) {
    return e instanceof ProcessingException && e.getCause() instanceof JsonbException;
  }
}
