// SPDX-License-Identifier: Apache-2.0
/**
 * The portal's frame: top bar (who is signed in, for which organization), the menu each role gets,
 * the home page, and the honest placeholder for features not built yet.
 */
package org.extranet.marketplace.portal.shell;
