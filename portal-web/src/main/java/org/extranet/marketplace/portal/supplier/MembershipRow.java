// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.portal.supplier;

import java.io.Serializable;
import org.extranet.marketplace.supplier.Views.MembershipView;

/** One supplier's membership as a row of the operator's suppliers page. */
public class MembershipRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String organizationId;
  private final String name;
  private final String tier;
  private final String status;
  private final String periodEnd;
  private final String annualFee;
  private final String suspensionReason;
  private String reason;

  MembershipRow(MembershipView view, String name) {
    this.organizationId = view.organizationId();
    this.name = name;
    this.tier = view.tier();
    this.status = view.status().name();
    this.periodEnd = String.valueOf(view.periodEnd());
    this.annualFee = String.valueOf(view.annualFee());
    this.suspensionReason = view.suspensionReason();
  }

  public String getOrganizationId() { return organizationId; }
  public String getName() { return name; }
  public String getTier() { return tier; }
  public String getStatus() { return status; }
  public String getPeriodEnd() { return periodEnd; }
  public String getAnnualFee() { return annualFee; }
  public String getSuspensionReason() { return suspensionReason; }
  public boolean isActive() { return "ACTIVE".equals(status); }
  public boolean isSuspended() { return "SUSPENDED".equals(status); }
  public String getReason() { return reason; }
  public void setReason(String reason) { this.reason = reason; }
}
