/**
 * The supplier network (issue #4): who may sell here, at which tier, and whether they may sell today.
 *
 * <h2>Application and vetting</h2>
 * A supplier company's user applies for their organization (the token's {@code org_id}); if the network
 * does not know it yet it is registered as a SUPPLIER organization at that first step
 * ({@link org.extranet.marketplace.supplier.ApplyForMembership}). A {@link
 * org.extranet.marketplace.supplier.SupplierApplication} is a DRAFT while the applicant fills it in
 * ({@code startDraft}, then {@link org.extranet.marketplace.supplier.SubmitApplication}; only the company
 * name is needed), or SUBMITTED at once with complete details ({@code apply}). The operator records a
 * finding (passed, note, who, when) on each {@link org.extranet.marketplace.supplier.ChecklistItem} and
 * approves with a {@link org.extranet.marketplace.supplier.MembershipTier} or rejects with a reason
 * ({@link org.extranet.marketplace.supplier.VetApplication}). Approval is refused (409) until every item
 * passed; a decided application is final (409); {@code @Version} lets one of two simultaneous decisions
 * win and the other fail (409). One open (DRAFT or SUBMITTED) application per company. Documents (PDF, PNG,
 * JPEG, checked by their first bytes, at most 5 MB) are stored with their SHA-256
 * ({@link org.extranet.marketplace.supplier.AttachDocument}).
 *
 * <h2>Membership</h2>
 * Tiers are data (V2__supplier.sql: Standard $25,000/yr 100 listings, Preferred $50,000/yr 500, Strategic
 * $100,000/yr unlimited). Approval starts a year's {@link org.extranet.marketplace.supplier.Membership} at
 * the tier's fee: ACTIVE ⇄ SUSPENDED (operator, with a reason; {@link
 * org.extranet.marketplace.supplier.ManageMembership}); ACTIVE or SUSPENDED → LAPSED after the period's last
 * day ({@link org.extranet.marketplace.supplier.MembershipRenewals}, nightly, which also reminds members
 * 30 days before). A supplier organization's {@link org.extranet.marketplace.supplier.SupplierStatus} is
 * APPLICANT until it has a membership, then the membership's status.
 *
 * <h2>Audit and tenancy</h2>
 * Every step (draft, submission, finding, document, decision, suspension, reinstatement, reminder, lapse)
 * appends a {@link org.extranet.marketplace.supplier.SupplierDecision}: who, when, what, in the same
 * transaction. Applications and non-ACTIVE suppliers are read through {@code organization.Tenancy}: another
 * organization's answers 404, operators see all; ACTIVE suppliers and the tiers are public to every role.
 *
 * <h2>The entry barrier</h2>
 * Only ACTIVE suppliers' listings are visible or orderable, on every channel. Other capabilities ask
 * {@link org.extranet.marketplace.supplier.SupplierStanding} and nothing else of this package:
 * {@code activeSupplierIds()} inside every catalog query (search, product page; the catalog does so),
 * {@code isActive(supplierId)} for each line when ordering places, approves or re-prices an order
 * (refusing lines of a supplier that is no longer ACTIVE, with the reason), and {@code isMember} where
 * only members may act (publishing listings). It reads the database on every call, never a cache, so a
 * suspension takes effect on the next request.
 */
package org.extranet.marketplace.supplier;
