// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Mails a notification once its transaction committed, through Payara's JavaMail resource
 * {@code mail/marketplace} (asadmin create-javamail-resource … mail/marketplace). Without the resource
 * nothing is sent (logged once): the portal's notifications are the channel that always works. A failed
 * send is logged, never undoes the step.
 */
@ApplicationScoped
public class NotificationMailer {

  static final String RESOURCE = "mail/marketplace";
  private static final Logger LOG = Logger.getLogger(NotificationMailer.class.getName());

  private volatile boolean toldNoResource;

  void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) NotificationCreated notice) {
    List<String> to = recipients(notice.recipients());
    if (to.isEmpty()) {
      return;
    }
    session().ifPresent(session -> send(notice, to, session));
  }

  /** Sends one notice through the session; a failure is logged. */
  static void send(NotificationCreated notice, List<String> to, Session session) {
    try {
      MimeMessage message = new MimeMessage(session);
      message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(String.join(",", to)));
      message.setSubject("[Extranet Marketplace] " + notice.subject(), "UTF-8");
      message.setText(notice.body(), "UTF-8");
      Transport.send(message);
    } catch (MessagingException e) {
      LOG.log(Level.WARNING, "Could not mail \"" + notice.subject() + "\" to " + to, e);
    }
  }

  /** People's e-mail addresses only (a partner system's client id is not one). */
  static List<String> recipients(List<String> candidates) {
    return candidates.stream().filter(a -> a != null && a.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")).distinct().toList();
  }

  private Optional<Session> session() {
    try {
      return Optional.of((Session) new InitialContext().lookup(RESOURCE));
    } catch (NamingException e) {
      if (!toldNoResource) {
        toldNoResource = true;
        LOG.info("No JavaMail resource " + RESOURCE + ": notifications are shown in the portal only");
      }
      return Optional.empty();
    }
  }
}
