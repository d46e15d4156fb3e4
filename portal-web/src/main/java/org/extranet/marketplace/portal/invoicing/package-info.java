/** Portal pages of the invoicing capability: the invoice lists of buyers and suppliers, the printable invoice. */
package org.extranet.marketplace.portal.invoicing;
