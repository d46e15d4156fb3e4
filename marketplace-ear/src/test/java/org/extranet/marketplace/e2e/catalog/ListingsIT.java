// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.e2e.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.extranet.marketplace.e2e.Http;
import org.extranet.marketplace.e2e.Http.Reply;
import org.extranet.marketplace.e2e.SupplierApplicant;
import org.extranet.marketplace.e2e.TestStack;
import org.extranet.marketplace.e2e.Tokens;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A supplier's own listings over REST: details, stock, withdrawal, the tier's limit and CSV imports. */
@ExtendWith(ArquillianExtension.class)
class ListingsIT {

  private static final String LISTINGS = TestStack.API + "/listings";
  private static final String IMPORTS = LISTINGS + "/imports";
  private static final String HEADER = "sku,name,description,category,unit,kind,listPrice,stock,minimumOrderQuantity,"
      + "packSize,leadTimeDays,licenceType,downloadUrl,trainingUrl\n";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return TestStack.builtEar();
  }

  @Test
  void aListingCarriesItsTermsAndDigitalDelivery() {
    SupplierApplicant supplier = SupplierApplicant.member("STANDARD");
    String json = "{\"sku\":\"AV-1\",\"name\":\"Antivirus, 25 seats\",\"category\":\"43233205\",\"unit\":\"EA\","
        + "\"kind\":\"DIGITAL\",\"listPrice\":{\"amount\":\"450.00\",\"currency\":\"USD\"},\"stock\":0,"
        + "\"minimumOrderQuantity\":5,\"packSize\":5,\"leadTimeDays\":0,\"licenceType\":\"SUBSCRIPTION\","
        + "\"downloadUrl\":\"https://dl.fresh.example/av\",\"trainingUrl\":\"https://learn.fresh.example/av\"}";

    Reply created = Http.postJson(LISTINGS, supplier.token(), json);

    assertEquals(201, created.status(), created::body);
    JsonObject product = Http.get(TestStack.API + "/products/" + created.json().getJsonNumber("id"),
        Tokens.person("gina@globex.example")).json();
    assertEquals("Transaction security and virus protection software", product.getJsonObject("category").getString("name"));
    assertEquals(5, product.getInt("minimumOrderQuantity"));
    assertEquals(5, product.getInt("packSize"));
    assertEquals("SUBSCRIPTION", product.getString("licenceType"));
    assertEquals("https://dl.fresh.example/av", product.getString("downloadUrl"));
    assertEquals("450.00", product.getJsonObject("price").getString("amount"), "no contract: the list price");
  }

  @Test
  void unknownCodesAndDigitalWithoutLicenceAreNamed() {
    SupplierApplicant supplier = SupplierApplicant.member("STANDARD");
    Reply refused = Http.postJson(LISTINGS, supplier.token(), "{\"sku\":\"X-1\",\"name\":\"Thing\",\"category\":\"99999999\","
        + "\"unit\":\"XYZ\",\"kind\":\"DIGITAL\",\"listPrice\":{\"amount\":\"1.00\",\"currency\":\"USD\"},\"packSize\":0}");

    assertEquals(400, refused.status(), refused::body);
    for (String field : List.of("category", "unit", "packSize", "licenceType")) {
      assertTrue(refused.body().contains("\"" + field + "\""), field + " in " + refused.body());
    }
  }

  @Test
  void stockAndWithdrawalAreTheSuppliersOwnBusiness() {
    SupplierApplicant supplier = SupplierApplicant.member("STANDARD");
    Reply created = Http.postJson(LISTINGS, supplier.token(), laptop("NB-1"));
    assertEquals(201, created.status(), created::body);
    String gina = Tokens.person("gina@globex.example");
    String product = TestStack.API + "/products/" + created.json().getJsonNumber("id");

    Reply restocked = Http.put(LISTINGS + "/NB-1/stock", supplier.token(), "{\"onHand\":42}");
    assertEquals(200, restocked.status(), restocked::body);
    assertEquals(42, Http.get(product, gina).json().getInt("stock"));
    assertEquals(400, Http.put(LISTINGS + "/NB-1/stock", supplier.token(), "{\"onHand\":-1}").status());
    String sam = Tokens.person("sam@northwind.example");
    assertEquals(404, Http.put(LISTINGS + "/NB-1/stock", sam, "{\"onHand\":1}").status(), "another supplier's SKU");
    assertEquals(404, Http.delete(LISTINGS + "/NB-1", sam).status(), "another supplier's SKU");
    assertEquals(401, Http.put(LISTINGS + "/NB-1/stock", null, "{\"onHand\":1}").status());

    assertEquals(204, Http.delete(LISTINGS + "/NB-1", supplier.token()).status());
    assertEquals(404, Http.get(product, gina).status(), "withdrawn: gone for buyers");
    assertEquals(0, Http.get(LISTINGS, supplier.token()).json().getInt("total"));
    assertEquals(404, Http.delete(LISTINGS + "/NB-1", supplier.token()).status(), "already withdrawn");
    assertEquals(201, Http.postJson(LISTINGS, supplier.token(), laptop("NB-1")).status(), "listed again");
    assertEquals(200, Http.get(product, gina).status(), "the same product is back");
  }

  @Test
  void referenceDataIsPublished() {
    String gina = Tokens.person("gina@globex.example");
    JsonArray categories = Http.get(TestStack.API + "/categories", gina).json().getJsonArray("items");
    assertTrue(categories.size() >= 30);
    assertTrue(Http.get(TestStack.API + "/units", gina).body().contains("\"HUR\""));
  }

  @Test
  void aFileWithBadLinesIsRefusedWholeNamingEveryLine() {
    SupplierApplicant supplier = SupplierApplicant.member("STANDARD");
    String file = HEADER
        + "OK-1,Good notebook,,43211503,EA,PHYSICAL,899.00,3,,,,,,\n"
        + "BAD-1,Bad category,,12345678,EA,PHYSICAL,10.00,1,,,,,,\n"
        + "BAD-2,Bad unit,,43211503,BOX,PHYSICAL,10.00,1,,,,,,\n"
        + "BAD-3,Negative price,,43211503,EA,PHYSICAL,-5.00,1,,,,,,\n"
        + "BAD-4,Over-precise price,,43211503,EA,PHYSICAL,5.001,1,,,,,,\n"
        + "OK-1,Duplicate SKU,,43211503,EA,PHYSICAL,5.00,1,,,,,,\n";

    Reply refused = upload(supplier, file.getBytes(StandardCharsets.UTF_8));

    assertEquals(422, refused.status(), refused::body);
    assertEquals("application/problem+json", refused.contentType());
    JsonArray errors = refused.json().getJsonArray("errors");
    assertEquals(List.of(3, 4, 5, 6, 7), errors.stream().map(e -> e.asJsonObject().getInt("line")).distinct().toList());
    assertEquals(0, Http.get(LISTINGS, supplier.token()).json().getInt("total"), "nothing imported, not even line 2");

    JsonObject archived = Http.get(IMPORTS, supplier.token()).json().getJsonArray("items").getJsonObject(0);
    assertEquals("REJECTED", archived.getString("status"), "the refused file is on record");

    Reply missingColumns = upload(supplier, "sku,name\nA,B\n".getBytes(StandardCharsets.UTF_8));
    assertEquals(422, missingColumns.status());
    assertTrue(missingColumns.body().contains("\"line\":1"), missingColumns.body());

    byte[] latin1 = (HEADER + "C-1,Café crème,,43211503,EA,PHYSICAL,5.00,1,,,,,,\n").getBytes(StandardCharsets.ISO_8859_1);
    Reply wrongEncoding = upload(supplier, latin1);
    assertEquals(422, wrongEncoding.status());
    assertTrue(wrongEncoding.body().contains("UTF-8"), wrongEncoding.body());
  }

  @Test
  void aGoodFileListsAndRevisesAndTheTiersLimitHolds() {
    SupplierApplicant supplier = SupplierApplicant.member("STANDARD"); // 100 listings
    Reply accepted = upload(supplier, lines(0, 60));
    assertEquals(200, accepted.status(), accepted::body);
    assertEquals("ACCEPTED", accepted.json().getString("status"));
    assertEquals(60, accepted.json().getInt("created"));

    Reply again = upload(supplier, lines(30, 90)); // 30 revised, 30 new
    assertEquals(200, again.status(), again::body);
    assertEquals(30, again.json().getInt("created"));
    assertEquals(30, again.json().getInt("updated"));
    assertEquals(90, Http.get(LISTINGS, supplier.token()).json().getInt("total"));

    Reply overLimit = upload(supplier, lines(90, 111)); // 90 + 21 > 100
    assertEquals(409, overLimit.status(), overLimit::body);
    assertEquals(90, Http.get(LISTINGS, supplier.token()).json().getInt("total"), "nothing of the refused file");
    assertEquals(201, Http.postJson(LISTINGS, supplier.token(), laptop("ONE-MORE")).status(), "one more still fits: 91 of 100");
  }

  @Test
  void fiftyThousandLinesInOneFile() {
    SupplierApplicant supplier = SupplierApplicant.member("STRATEGIC"); // unlimited
    Reply accepted = upload(supplier, lines(0, 50_000));

    assertEquals(200, accepted.status(), accepted::body);
    assertEquals(50_000, accepted.json().getInt("created"));
    assertEquals(50_000, Http.get(LISTINGS + "?size=1", supplier.token()).json().getInt("total"));
  }

  private static Reply upload(SupplierApplicant supplier, byte[] content) {
    return Http.upload(IMPORTS, supplier.token(), "text/csv", "listings.csv", content);
  }

  private static byte[] lines(int from, int to) {
    StringBuilder file = new StringBuilder(HEADER);
    for (int i = from; i < to; i++) {
      file.append("SKU-").append(i).append(",Cable ").append(i).append(",\"Cat6, ").append(i % 10).append(" m\",26121609,EA,")
          .append("PHYSICAL,").append(5 + i % 40).append(".90,").append(i % 13).append(",1,1,").append(i % 5).append(",,,\n");
    }
    return file.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String laptop(String sku) {
    return "{\"sku\":\"" + sku + "\",\"name\":\"Notebook 14\",\"category\":\"43211503\",\"unit\":\"EA\",\"kind\":\"PHYSICAL\","
        + "\"listPrice\":{\"amount\":\"899.00\",\"currency\":\"USD\"},\"stock\":3}";
  }
}
