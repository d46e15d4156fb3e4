// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.portal.login;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The OpenID redirect URI ({@code /portal/callback}): the authentication mechanism has already
 * exchanged the authorization code when the request gets here, so the signed-in person is sent to the
 * home page (a plain GET, which also drops {@code code} and {@code state} from the address bar).
 */
@WebServlet("/callback")
public class CallbackServlet extends HttpServlet {

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    response.sendRedirect(request.getContextPath() + "/");
  }
}
