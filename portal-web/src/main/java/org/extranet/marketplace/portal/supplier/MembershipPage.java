// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.portal.supplier;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import org.extranet.marketplace.shared.NotFoundException;
import org.extranet.marketplace.supplier.SupplierDirectory;
import org.extranet.marketplace.supplier.Views.ApplicationView;
import org.extranet.marketplace.supplier.Views.MembershipView;

/** A supplier's standing: its membership when it has one, else where its application is. */
@Named("membershipPage")
@RequestScoped
public class MembershipPage {

  @Inject SupplierDirectory directory;

  private Optional<MembershipView> membership;
  private List<ApplicationView> applications;

  public boolean isMember() {
    return membership().isPresent();
  }

  public String getStatus() {
    return membership().map(m -> m.status().name())
        .orElseGet(() -> applications().isEmpty() ? "NOT APPLIED" : "APPLICATION " + applications().get(0).status());
  }

  public String getTier() { return membership().map(MembershipView::tier).orElse(""); }
  public String getPeriod() { return membership().map(m -> m.periodStart() + " to " + m.periodEnd()).orElse(""); }
  public String getAnnualFee() { return membership().map(m -> m.annualFee().toString()).orElse(""); }
  public String getListingLimit() {
    return membership().map(m -> m.listingLimit() == null ? "unlimited" : String.valueOf(m.listingLimit())).orElse("");
  }
  public String getSuspensionReason() { return membership().map(MembershipView::suspensionReason).orElse(null); }

  private Optional<MembershipView> membership() {
    if (membership == null) {
      try {
        membership = Optional.of(directory.myMembership());
      } catch (NotFoundException e) {
        membership = Optional.empty();
      }
    }
    return membership;
  }

  private List<ApplicationView> applications() {
    if (applications == null) {
      applications = directory.applications(null);
    }
    return applications;
  }
}
