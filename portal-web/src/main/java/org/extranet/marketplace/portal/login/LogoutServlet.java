// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.portal.login;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Signing out ({@code POST /portal/logout}): ends the portal session and, through the OpenID
 * mechanism's RP-initiated logout, the Keycloak session, after which Keycloak sends the browser back
 * to {@code /portal/} (and so to the login page). Open to every signed-in account, including those the
 * portal refuses (no organization, no marketplace role), so nobody is stuck on an error page.
 */
@WebServlet("/logout")
public class LogoutServlet extends HttpServlet {

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    request.logout();
    if (!response.isCommitted()) {
      response.sendRedirect(request.getContextPath() + "/");
    }
  }
}
