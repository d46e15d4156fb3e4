// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** A demo person's access token through the demo realm's marketplace-cli client (password grant). */
final class Tokens {

  private Tokens() {}

  static String password(String tokenUrl, String username) throws Exception {
    String form = "client_id=marketplace-cli&grant_type=password&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
        + "&password=demo";
    String body = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(tokenUrl))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString()).body();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(body);
    if (!m.find()) {
      throw new IllegalStateException("no token from " + tokenUrl + ": " + body);
    }
    return m.group(1);
  }
}
