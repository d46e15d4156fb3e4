// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.portal.supplier;

import org.extranet.marketplace.portal.shell.Outcomes;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import org.extranet.marketplace.supplier.ManageMembership;
import org.extranet.marketplace.supplier.SupplierDirectory;

/** The operator's list of memberships, with suspension (reason required) and reinstatement. */
@Named("suppliersPage")
@ViewScoped
public class SuppliersPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient SupplierDirectory directory;
  @Inject transient ManageMembership manageMembership;

  private List<MembershipRow> rows;

  public List<MembershipRow> getRows() {
    if (rows == null) {
      rows = directory.memberships().stream()
          .map(member -> new MembershipRow(member.membership(), member.name()))
          .sorted(Comparator.comparing(MembershipRow::getName))
          .toList();
    }
    return rows;
  }

  public void suspend(MembershipRow row) {
    act(() -> manageMembership.suspend(row.getOrganizationId(), row.getReason()), row.getName() + " suspended");
  }

  public void reinstate(MembershipRow row) {
    act(() -> manageMembership.reinstate(row.getOrganizationId()), row.getName() + " reinstated");
  }

  private void act(Runnable step, String done) {
    Outcomes.run(step, done);
    rows = null;
  }
}
