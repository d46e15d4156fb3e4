// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.metrics.statement;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.extranet.marketplace.organization.Caller;
import org.extranet.marketplace.organization.MemberRole;
import org.extranet.marketplace.organization.Tenancy;
import org.extranet.marketplace.shared.NotFoundException;

/**
 * A member's own data to take elsewhere (GET /organization-data/{dataset}, CSV): its order lines (a buyer's
 * orders, a supplier's purchase orders), its listings (a supplier) and its contract prices. Only ever the
 * caller's own organization's rows; the first row of each table is its header.
 */
@Stateless
public class OwnDataExport {

  public enum Dataset { ORDERS, LISTINGS, CONTRACTS;

    public static Dataset parse(String text) {
      return Arrays.stream(values()).filter(d -> d.name().equals(String.valueOf(text).toUpperCase(Locale.ROOT))).findFirst()
          .orElseThrow(() -> new NotFoundException("Dataset", text));
    }
  }

  @Inject Tenancy tenancy;
  @Inject Caller caller;
  @PersistenceContext EntityManager em;

  public List<List<String>> table(Dataset dataset) {
    boolean supplier = caller.hasRole(MemberRole.SUPPLIER);
    String side = supplier ? "supplier_id" : "buyer_id";
    return switch (dataset) {
      case ORDERS -> table(List.of("orderId", "purchaseOrderId", "submittedAt", "orderStatus", "channel", "buyerId", "supplierId",
              "purchaseOrderStatus", "line", "sku", "name", "category", "quantity", "unitPrice", "listPrice", "currency", "priceSource",
              "shipped", "received"),
          "SELECT o.id, po.id, o.submitted_at, o.status, o.channel, o.buyer_id, po.supplier_id, po.status, l.line_number, l.sku,"
              + " l.name, l.category_code, l.quantity, l.unit_price_amount, l.list_price_amount, l.unit_price_currency, l.price_source,"
              + " l.shipped_quantity, l.received_quantity FROM order_line l JOIN purchase_order po ON po.id = l.purchase_order_id"
              + " JOIN customer_order o ON o.id = l.order_id WHERE po." + side + " = ? ORDER BY o.id, l.line_number");
      case LISTINGS -> table(List.of("sku", "name", "category", "unit", "kind", "listPrice", "currency", "stock"),
          "SELECT sku, name, category_code, unit, kind, list_price_amount, list_price_currency, stock_on_hand FROM product"
              + " WHERE supplier_id = ? ORDER BY sku");
      case CONTRACTS -> table(List.of("contractId", "supplierId", "buyerId", "sku", "price", "currency", "validFrom", "validTo"),
          "SELECT c.id, c.supplier_id, c.buyer_organization_id, p.sku, c.price_amount, c.price_currency, c.valid_from, c.valid_to"
              + " FROM contract_price c JOIN product p ON p.id = c.product_id WHERE c."
              + (supplier ? "supplier_id" : "buyer_organization_id") + " = ? ORDER BY c.id");
    };
  }

  private List<List<String>> table(List<String> header, String sql) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(header);
    for (Object row : em.createNativeQuery(sql).setParameter(1, tenancy.organizationId()).getResultList()) {
      rows.add(Arrays.stream((Object[]) row).map(v -> v == null ? "" : String.valueOf(v)).toList());
    }
    return rows;
  }
}
