// SPDX-License-Identifier: Apache-2.0
/**
 * Integration: how documents travel between the marketplace and its partners. So far the outbox — documents
 * written in the transaction that produced them and delivered afterwards to the recipient's channel by
 * workers any number of instances can run. Partner profiles, EDI and webhooks come with the partner gateway.
 */
package org.extranet.marketplace.integration;
