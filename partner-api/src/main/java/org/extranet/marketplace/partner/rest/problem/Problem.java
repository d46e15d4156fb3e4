// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.partner.rest.problem;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem detail. {@code errors} lists each offending field (or import line) for
 * validation problems, so a client can fix them all in one go.
 */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";
  private static final String TYPE_BASE = "https://extranet-marketplace.example/problems/";

  /** One field's or line's error: a field, a line, or a line and the column on it. */
  public record FieldError(String field, Integer line, String message) {}

  public static Problem of(Response.StatusType status, String slug, String detail) {
    return new Problem(TYPE_BASE + slug, status.getReasonPhrase(), status.getStatusCode(), detail, List.of());
  }

  /**
   * The problem for a bare HTTP status, the same whether JAX-RS or the servlet container (an error page)
   * raised it.
   */
  public static Problem forStatus(int status) {
    Response.StatusType type = Response.Status.fromStatusCode(status);
    if (type == null) {
      return new Problem(TYPE_BASE + "http-" + status, "HTTP " + status, status, "HTTP " + status, List.of());
    }
    return switch (status) {
      case 401 -> of(type, "unauthorized", "A valid bearer token is required.");
      case 403 -> of(type, "forbidden", "Your roles do not allow this.");
      case 404 -> of(type, "not-found", "There is no resource at this path.");
      case 405 -> of(type, "method-not-allowed", "This resource does not support that method.");
      case 415 -> of(type, "unsupported-media-type", "This resource does not accept that Content-Type.");
      case 500 -> of(type, "internal-error", "Something went wrong on our side.");
      default -> of(type, "http-" + status, type.getReasonPhrase());
    };
  }

  public Problem withErrors(List<FieldError> errors) {
    return new Problem(type, title, status, detail, List.copyOf(errors));
  }

  public JsonObject toJson() {
    JsonObjectBuilder json = Json.createObjectBuilder()
        .add("type", type)
        .add("title", title)
        .add("status", status)
        .add("detail", detail == null ? title : detail);
    if (!errors.isEmpty()) {
      JsonArrayBuilder list = Json.createArrayBuilder();
      for (FieldError error : errors) {
        JsonObjectBuilder item = Json.createObjectBuilder();
        if (error.field() != null) {
          item.add("field", error.field());
        }
        if (error.line() != null) {
          item.add("line", error.line());
        }
        list.add(item.add("message", error.message()));
      }
      json.add("errors", list);
    }
    return json.build();
  }

  public Response toResponse() {
    return Response.status(status).type(MEDIA_TYPE).entity(toJson().toString()).build();
  }
}
