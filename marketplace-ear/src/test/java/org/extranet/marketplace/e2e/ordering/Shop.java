// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.e2e.ordering;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.extranet.marketplace.e2e.Http;
import org.extranet.marketplace.e2e.Poll;
import org.extranet.marketplace.e2e.Http.Reply;
import org.extranet.marketplace.e2e.SupplierApplicant;
import org.extranet.marketplace.e2e.TestStack;

/** What the ordering tests set up and ask: a supplier's listing, an order, a product's stock. */
public final class Shop {

  public static final String ORDERS = TestStack.API + "/orders";

  private Shop() {}

  /** Publishes a PHYSICAL listing (MOQ 1, pack 1, lead time 5 days) and returns its product id. */
  public static long publish(SupplierApplicant supplier, String price, int stock) {
    String sku = "T-" + UUID.randomUUID().toString().substring(0, 8);
    Reply listed = Http.postJson(TestStack.API + "/listings", supplier.token(), "{\"sku\":\"" + sku + "\",\"name\":\"Test widget "
        + sku + "\",\"category\":\"26121609\",\"unit\":\"EA\",\"kind\":\"PHYSICAL\",\"listPrice\":{\"amount\":\"" + price
        + "\",\"currency\":\"USD\"},\"stock\":" + stock + ",\"minimumOrderQuantity\":1,\"packSize\":1,\"leadTimeDays\":5}");
    assertEquals(201, listed.status(), listed::body);
    return listed.json().getJsonNumber("id").longValue();
  }

  public static String line(long productId, int quantity) {
    return "{\"productId\":" + productId + ",\"quantity\":" + quantity + "}";
  }

  public static String order(String... lines) {
    return "{\"lines\":[" + String.join(",", lines) + "],\"note\":\"test\"}";
  }

  public static Reply place(String token, String body) {
    return Http.postJson(ORDERS, token, body, UUID.randomUUID().toString());
  }

  public static int stock(long productId, String token) {
    Reply product = Http.get(TestStack.API + "/products/" + productId, token);
    assertEquals(200, product.status(), product::body);
    return product.json().getInt("stock");
  }

  /** Waits until the supplier sees the purchase order with the status (the outbox worker delivers it). */
  public static JsonObject awaitPurchaseOrder(String supplierToken, long purchaseOrderId, String status) {
    String url = TestStack.API + "/purchase-orders/" + purchaseOrderId;
    return Poll.until(() -> {
      Reply po = Http.get(url, supplierToken);
      return po.status() == 200 && po.json().getString("status").equals(status) ? Optional.of(po.json()) : Optional.<JsonObject>empty();
    }, Duration.ofSeconds(30)).orElseThrow(() -> new AssertionError(
        "purchase order " + purchaseOrderId + " never became " + status + ": " + Http.get(url, supplierToken).body()));
  }
}
