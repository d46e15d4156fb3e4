/**
 * Notification: telling an organization in the portal (and by e-mail when Payara has the JavaMail resource
 * {@code mail/marketplace}) that its orders moved — acknowledged, shipped, delivered, failed, received,
 * invoiced. Made from the order event ledger's steps, in the step's transaction; mailed after it commits.
 */
package org.extranet.marketplace.notification;
