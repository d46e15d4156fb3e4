// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.notification;

import java.util.List;

/** Fired when a notification is written; its e-mail goes out once the transaction committed. */
public record NotificationCreated(List<String> recipients, String subject, String body) {}
