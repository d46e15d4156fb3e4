/**
 * Ordering: what buyers put in their carts and, with issue #6, order. For now the cart a person fills from
 * the catalog: one per person of a buyer organization, persisted, each line checked against the listing's
 * terms (minimum order quantity, whole packs) when it is added.
 */
package org.extranet.marketplace.ordering;
