// SPDX-License-Identifier: Apache-2.0
/**
 * The desktop portal for people (buyers, approvers, suppliers, operators): Faces pages and their
 * backing beans, one package per capability. Business rules stay in catalog-ejb; these classes
 * translate between the browser and its use cases.
 */
package org.extranet.marketplace.portal;
