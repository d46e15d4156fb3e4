// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.partner.rest.problem;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;

/**
 * Errors raised before JAX-RS sees the request (an invalid bearer token rejected by the MP-JWT
 * mechanism, say) reach the web.xml error pages; this servlet answers them as problem+json too.
 */
@WebServlet("/error-problem")
public class ErrorPageServlet extends HttpServlet {

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer number ? number : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    Response.StatusType statusType = Response.Status.fromStatusCode(status);
    Problem problem = statusType == null
        ? new Problem("about:blank", "HTTP " + status, status, "HTTP " + status, java.util.List.of())
        : Problem.of(statusType, slug(status), detail(status, statusType));
    response.setStatus(status);
    response.setContentType(Problem.MEDIA_TYPE);
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(problem.toJson().toString());
  }

  private static String slug(int status) {
    return switch (status) {
      case 401 -> "unauthorized";
      case 403 -> "forbidden";
      case 404 -> "not-found";
      case 500 -> "internal-error";
      default -> "http-" + status;
    };
  }

  private static String detail(int status, Response.StatusType type) {
    return switch (status) {
      case 401 -> "A valid bearer token is required.";
      case 403 -> "Your roles do not allow this.";
      case 404 -> "There is no resource at this path.";
      case 500 -> "Something went wrong on our side.";
      default -> type.getReasonPhrase();
    };
  }
}
