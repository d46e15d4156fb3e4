// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.portal.shell;

import static org.extranet.marketplace.organization.MemberRole.APPROVER;
import static org.extranet.marketplace.organization.MemberRole.BUYER;
import static org.extranet.marketplace.organization.MemberRole.OPERATOR;
import static org.extranet.marketplace.organization.MemberRole.PARTNER_INTEGRATION;
import static org.extranet.marketplace.organization.MemberRole.SUPPLIER;

import java.util.Arrays;
import java.util.Optional;
import org.extranet.marketplace.organization.MemberRole;

/**
 * Every entry of the portal menu, with the role that sees it. A feature without a page of its own
 * yet links to the "coming soon" placeholder; give it its view id here when its page exists.
 */
public enum Feature {
  CATALOG(BUYER, "catalog", "Catalog", "pi pi-th-large", "/buyer/catalog.xhtml"),
  CART(BUYER, "cart", "Cart", "pi pi-shopping-cart", "/buyer/cart.xhtml"),
  MY_ORDERS(BUYER, "my-orders", "My orders", "pi pi-list", "/buyer/orders.xhtml"),
  MY_SOFTWARE(BUYER, "my-software", "My software", "pi pi-download", "/buyer/software.xhtml"),
  INVOICES(BUYER, "invoices", "Invoices", "pi pi-file", "/buyer/invoices.xhtml"),
  SPEND(BUYER, "spend", "Spend and savings", "pi pi-chart-line", "/buyer/metrics.xhtml"),
  APPROVALS(APPROVER, "approvals", "Approvals", "pi pi-check-square", "/buyer/approvals.xhtml"),
  MY_LISTINGS(SUPPLIER, "my-listings", "My listings", "pi pi-tags", "/supplier/listings.xhtml"),
  IMPORT_LISTINGS(SUPPLIER, "import-listings", "Import listings", "pi pi-upload", "/supplier/import.xhtml"),
  CONTRACT_PRICES(SUPPLIER, "contract-prices", "Contract prices", "pi pi-percentage", "/supplier/contracts.xhtml"),
  PURCHASE_ORDERS(SUPPLIER, "purchase-orders", "Purchase orders", "pi pi-inbox", "/supplier/purchase-orders.xhtml"),
  SUPPLIER_INVOICES(SUPPLIER, "supplier-invoices", "Invoices", "pi pi-file", "/supplier/invoices.xhtml"),
  CUSTOMERS(SUPPLIER, "customers", "Customers and scorecard", "pi pi-chart-bar", "/supplier/metrics.xhtml"),
  MEMBERSHIP(SUPPLIER, "membership", "Membership", "pi pi-id-card", "/supplier/membership.xhtml"),
  APPLY(SUPPLIER, "apply", "Apply to join", "pi pi-send", "/supplier/apply.xhtml"),
  VETTING_QUEUE(OPERATOR, "vetting-queue", "Vetting queue", "pi pi-verified", "/operator/vetting-queue.xhtml"),
  SUPPLIERS(OPERATOR, "suppliers", "Suppliers", "pi pi-building", "/operator/suppliers.xhtml"),
  METRICS(OPERATOR, "metrics", "Metrics", "pi pi-chart-bar", "/operator/metrics.xhtml"),
  MESSAGES(PARTNER_INTEGRATION, "messages", "Messages", "pi pi-envelope", null);

  /** The view id of the placeholder page for features not built yet. */
  public static final String COMING_SOON = "/coming-soon.xhtml";

  private final MemberRole role;
  private final String slug;
  private final String label;
  private final String icon;
  private final String viewId;

  Feature(MemberRole role, String slug, String label, String icon, String viewId) {
    this.role = role;
    this.slug = slug;
    this.label = label;
    this.icon = icon;
    this.viewId = viewId;
  }

  public static Optional<Feature> bySlug(String slug) {
    return Arrays.stream(values()).filter(f -> f.slug.equals(slug)).findFirst();
  }

  public MemberRole getRole() {
    return role;
  }

  /** The feature's name in URLs, e.g. {@code coming-soon.xhtml?feature=my-orders}. */
  public String getSlug() {
    return slug;
  }

  public String getLabel() {
    return label;
  }

  /** A PrimeIcons class. */
  public String getIcon() {
    return icon;
  }

  public boolean isBuilt() {
    return viewId != null;
  }

  /** Where the menu entry leads: the feature's own page, or the placeholder. */
  public String getViewId() {
    return isBuilt() ? viewId : COMING_SOON;
  }
}
