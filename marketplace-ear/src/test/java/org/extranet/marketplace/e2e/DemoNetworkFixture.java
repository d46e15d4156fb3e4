// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.JsonObject;

/**
 * Loads the demo network of API.md through its endpoint, as bin/marketplace start does, and waits
 * until it is loaded. Idempotent: later test classes find it loaded.
 */
public final class DemoNetworkFixture {

  private static final long TIMEOUT_MS = 120_000;

  private DemoNetworkFixture() {}

  public static void ensureLoaded() {
    String olga = Tokens.person("olga@marketplace.example");
    Http.Reply start = Http.post(TestStack.API + "/demo-network", olga, null, null);
    assertTrue(start.status() == 200 || start.status() == 202 || start.status() == 409, () -> "demo-network: " + start.status() + " " + start.body());
    long deadline = System.currentTimeMillis() + TIMEOUT_MS;
    while (System.currentTimeMillis() < deadline) {
      // the server holds the answer until loading ends (or 20 s pass): no polling on a timer here
      Http.Reply progress = Http.get(TestStack.API + "/demo-network?wait=20", olga);
      assertEquals(200, progress.status(), progress::body);
      JsonObject state = progress.json();
      switch (state.getString("state")) {
        case "DONE" -> {
          return;
        }
        case "FAILED" -> fail("loading the demo network failed: " + state);
        case "IDLE" -> fail("the demo network is not loading although it was asked to: " + state);
        default -> { } // still RUNNING after the server's wait: ask again
      }
    }
    fail("the demo network did not load within " + TIMEOUT_MS + " ms");
  }
}
