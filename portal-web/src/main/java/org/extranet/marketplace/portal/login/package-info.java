// SPDX-License-Identifier: Apache-2.0
/**
 * Signing in: OpenID Connect authorization-code login against the `marketplace` Keycloak realm, and
 * turning the signed-in person's ID token into the business tier's {@code Caller} on every request.
 */
package org.extranet.marketplace.portal.login;
