/**
 * Digital delivery: nothing ships for a DIGITAL product. When its supplier accepts the order, each accepted
 * unit gets a licence key from the supplier's pool for the product (keys wait when the pool runs short and
 * are issued when the supplier uploads more), with the download and training links; the buyer finds them on
 * "My software", and the first time the buyer opens one it counts as delivered.
 */
package org.extranet.marketplace.shipment.digital;
