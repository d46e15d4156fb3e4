// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.catalog;

import org.extranet.marketplace.shared.Money;

/** A product related to another, as the caller sees it; {@code bundlePrice} only for a BUNDLE. */
public record RelatedProduct(RelationKind kind, ProductView product, Money bundlePrice) {}
