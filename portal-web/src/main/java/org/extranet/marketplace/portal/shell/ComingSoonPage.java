// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.portal.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** Backs coming-soon.xhtml: names the feature the person chose, which is not built yet. */
@Named("comingSoon")
@RequestScoped
public class ComingSoonPage {

  private String feature;

  /** The feature's slug, from the {@code feature} view parameter. */
  public String getFeature() {
    return feature;
  }

  public void setFeature(String feature) {
    this.feature = feature;
  }

  public String getLabel() {
    return Feature.bySlug(feature).map(Feature::getLabel).orElse("This part of the portal");
  }

  public String getIcon() {
    return Feature.bySlug(feature).map(Feature::getIcon).orElse("pi pi-clock");
  }
}
