// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Session;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A notice goes out over a real SMTP exchange (a minimal server in the test), as Payara's mail resource would send it. */
class NotificationMailerTest {

  /** Accepts one message and returns the envelope recipients and the DATA lines. */
  private static CompletableFuture<List<String>> oneMessage(ServerSocket server) {
    return CompletableFuture.supplyAsync(() -> {
      List<String> seen = new ArrayList<>();
      try (Socket client = server.accept();
          BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
          PrintWriter out = new PrintWriter(client.getOutputStream(), true, StandardCharsets.UTF_8)) {
        out.print("220 test SMTP\r\n");
        out.flush();
        boolean data = false;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          if (data) {
            if (line.equals(".")) {
              data = false;
              out.print("250 queued\r\n");
            } else {
              seen.add(line);
            }
          } else if (line.startsWith("EHLO") || line.startsWith("HELO")) {
            out.print("250 test\r\n");
          } else if (line.startsWith("RCPT TO:")) {
            seen.add(line);
            out.print("250 ok\r\n");
          } else if (line.equals("DATA")) {
            data = true;
            out.print("354 go on\r\n");
          } else if (line.equals("QUIT")) {
            out.print("221 bye\r\n");
            out.flush();
            break;
          } else {
            out.print("250 ok\r\n");
          }
          out.flush();
        }
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
      return seen;
    });
  }

  @Test
  void aNoticeIsMailedToItsRecipientsWithItsSubjectAndBody() throws Exception {
    try (ServerSocket server = new ServerSocket(0)) {
      CompletableFuture<List<String>> received = oneMessage(server);
      Properties props = new Properties();
      props.put("mail.smtp.host", "127.0.0.1");
      props.put("mail.smtp.port", String.valueOf(server.getLocalPort()));
      props.put("mail.from", "marketplace@marketplace.example");
      props.put("mail.smtp.connectiontimeout", "5000");
      props.put("mail.smtp.timeout", "5000");

      NotificationMailer.send(new NotificationCreated(List.of("gina@globex.example"), "Northwind Software shipped purchase order 7",
          "UPS 1Z999AA10123456784"), List.of("gina@globex.example"), Session.getInstance(props));

      List<String> lines = received.get(10, TimeUnit.SECONDS);
      assertEquals("RCPT TO:<gina@globex.example>", lines.get(0));
      assertTrue(lines.contains("Subject: [Extranet Marketplace] Northwind Software shipped purchase order 7"), lines::toString);
      assertTrue(lines.contains("UPS 1Z999AA10123456784"), lines::toString);
    }
  }
}
