// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.catalog;

/** What a DIGITAL product carries instead of a parcel: its licence, where to download it, where to learn it. */
public record DigitalDelivery(LicenceType licenceType, String downloadUrl, String trainingUrl) {}
