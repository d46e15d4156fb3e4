/**
 * The supplier network: a company applies (SupplierApplication), the operator works the vetting
 * checklist and approves with a membership tier or rejects; a Membership (tier, period, fee) is then
 * ACTIVE, SUSPENDED or LAPSED. Every decision is audited (SupplierDecision).
 *
 * <p>The entry barrier: only ACTIVE suppliers' listings are visible or orderable. Catalog and ordering
 * ask {@link org.extranet.marketplace.supplier.SupplierStanding} (one query, no caching), so a
 * suspension takes effect at once on every channel.
 */
package org.extranet.marketplace.supplier;
