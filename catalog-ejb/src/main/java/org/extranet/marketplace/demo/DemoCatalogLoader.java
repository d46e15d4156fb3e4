// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.demo;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.EnumSet;
import org.extranet.marketplace.catalog.ImportListings;
import org.extranet.marketplace.catalog.ProductRepository;
import org.extranet.marketplace.organization.Caller;
import org.extranet.marketplace.organization.MemberRole;
import org.extranet.marketplace.supplier.SupplierStanding;

/**
 * Each member supplier of the demo uploads its catalog as a CSV file through the real import, as one of its
 * own people. Skips suppliers that already list something, so loading twice changes nothing.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // each import is its own transaction
public class DemoCatalogLoader {

  @Inject Caller caller;
  @Inject ImportListings imports;
  @Inject ProductRepository products;
  @Inject SupplierStanding standing;

  public void load(DemoSupplier supplier, int position) {
    if (!standing.isMember(supplier.id()) || products.countLive(supplier.id()) > 0) {
      return;
    }
    byte[] file = DemoCatalog.fileOf(supplier, position);
    caller.actAs(supplier.id(), "catalog@" + supplier.domain(), EnumSet.of(MemberRole.SUPPLIER),
        () -> imports.importNow("demo-catalog.csv", file));
  }
}
