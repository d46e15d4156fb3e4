/** How partner systems authenticate: bearer tokens of the `marketplace` realm (MicroProfile JWT). */
package org.extranet.marketplace.partner.rest.security;
