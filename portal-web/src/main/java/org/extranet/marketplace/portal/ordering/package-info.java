// SPDX-License-Identifier: Apache-2.0
/**
 * The buying pages: cart (with quick order), checkout with availability and a choice per short line, my
 * orders and one order's timeline, the approver's inbox, and the supplier's purchase order inbox. Each action
 * calls one use case of the ordering capability; rows turn its read models into what Faces EL can read.
 */
package org.extranet.marketplace.portal.ordering;
