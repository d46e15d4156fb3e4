// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.partner.rest.ordering;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.extranet.marketplace.ordering.Cart;
import org.extranet.marketplace.ordering.QuickOrder;
import org.extranet.marketplace.partner.rest.MoneyJson;
import org.extranet.marketplace.partner.rest.ListJson;
import org.extranet.marketplace.partner.rest.RequestBodies;
import org.extranet.marketplace.partner.rest.Roles;
import org.extranet.marketplace.partner.rest.catalog.CatalogJson;

/** The caller's own cart (one per person of a buyer organization). */
@Path("cart")
@Tag(name = "Ordering")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.BUYER, Roles.APPROVER})
public class CartResource {

  public record AddLine(Long productId, Integer quantity) {}

  /** {@code agreedPrice}: the unit price when added (send it as expectedUnitPrice); {@code price}: today's. */
  public record Line(CatalogJson.Product product, int quantity, MoneyJson agreedPrice, MoneyJson price, boolean repriced) {
    public static Line of(Cart.Line line) {
      return new Line(CatalogJson.Product.of(line.product()), line.quantity(), MoneyJson.of(line.agreedPrice()),
          MoneyJson.of(line.price()), line.isRepriced());
    }
  }

  @Inject Cart cart;
  @Inject QuickOrder quickOrder;

  @GET
  @Operation(summary = "The caller's cart, oldest line first")
  public ListJson<Line> lines() {
    return ListJson.of(cart.lines().stream().map(Line::of).toList());
  }

  @POST
  @Path("lines")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Add a quantity of a product (at least its MOQ, whole packs); adds to a line already there")
  public Line add(AddLine request) {
    RequestBodies.require(request);
    return Line.of(cart.add(request.productId(), request.quantity()));
  }

  public record Unavailable(Long productId, String reason) {}

  @GET
  @Path("unavailable")
  @Operation(summary = "Cart lines that can no longer be ordered (they drop out of GET /cart), with the reason")
  public ListJson<Unavailable> unavailable() {
    return ListJson.of(cart.unavailable().stream().map(u -> new Unavailable(u.productId(), u.reason())).toList());
  }

  @POST
  @Path("quick-order")
  @Consumes(MediaType.TEXT_PLAIN)
  @Operation(summary = "Add pasted \"SKU quantity [supplier]\" lines: all of them, or none and 422 naming each bad line")
  public ListJson<Line> quickOrder(String pasted) {
    return ListJson.of(quickOrder.paste(pasted).stream().map(Line::of).toList());
  }

  @POST
  @Path("price-confirmation")
  @Operation(summary = "Accept today's prices for every line (after an order was refused for changed prices)")
  public ListJson<Line> reconfirmPrices() {
    return ListJson.of(cart.reconfirmPrices().stream().map(Line::of).toList());
  }

  @DELETE
  @Path("lines/{productId}")
  @Operation(summary = "Take a product out of the cart")
  public Response remove(@PathParam("productId") long productId) {
    cart.remove(productId);
    return Response.noContent().build();
  }
}
