// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.portal.shell;

import java.util.List;
import org.extranet.marketplace.organization.MemberRole;

/** One role's group of menu entries (a class with getters: Faces EL on EE 10 cannot read records). */
public final class MenuSection {

  private final MemberRole role;
  private final String label;
  private final String icon;
  private final List<Feature> features;

  MenuSection(MemberRole role, String label, String icon, List<Feature> features) {
    this.role = role;
    this.label = label;
    this.icon = icon;
    this.features = List.copyOf(features);
  }

  public MemberRole getRole() {
    return role;
  }

  public String getLabel() {
    return label;
  }

  public String getIcon() {
    return icon;
  }

  public List<Feature> getFeatures() {
    return features;
  }
}
