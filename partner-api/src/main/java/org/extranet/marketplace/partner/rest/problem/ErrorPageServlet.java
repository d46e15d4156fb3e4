// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.partner.rest.problem;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
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
    response.setStatus(status);
    response.setContentType(Problem.MEDIA_TYPE);
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(Problem.forStatus(status).toJson().toString());
  }
}
