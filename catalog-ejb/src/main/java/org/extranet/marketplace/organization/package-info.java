/**
 * Partner organizations (buyers, suppliers, the operator), their members with buying-centre roles
 * and spending limits, and tenancy: who the caller is and which organization's data they may see.
 */
package org.extranet.marketplace.organization;
