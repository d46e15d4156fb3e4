/** Machine interfaces for partner systems: REST now; SOAP, EDI and cXML come with the gateway. */
package org.extranet.marketplace.partner;
