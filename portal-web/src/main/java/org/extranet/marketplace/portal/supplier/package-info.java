/** Portal pages of the supplier network: the operator's vetting queue and application detail, the supplier's membership. */
package org.extranet.marketplace.portal.supplier;
