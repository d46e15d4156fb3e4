// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.portal.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.extranet.marketplace.organization.Caller;
import org.extranet.marketplace.organization.MemberProfile;
import org.extranet.marketplace.organization.OrganizationKind;
import org.extranet.marketplace.organization.WhoAmI;
import org.extranet.marketplace.shared.Money;
import org.extranet.marketplace.shared.NotFoundException;
import org.primefaces.model.menu.DefaultMenuItem;
import org.primefaces.model.menu.DefaultMenuModel;
import org.primefaces.model.menu.DefaultSubMenu;
import org.primefaces.model.menu.MenuModel;

/**
 * Backs the portal's frame (template.xhtml) and home page: who is signed in, for which organization,
 * and the menu their roles give them. Asks the business tier once per request.
 */
@Named("shell")
@RequestScoped
public class ShellPage {

  @Inject Caller caller;
  @Inject WhoAmI whoAmI;

  private MemberProfile profile;
  private boolean looked;
  private MenuModel menu;

  /** The person as the network knows them; null while their organization is not registered yet. */
  private MemberProfile profile() {
    if (!looked) {
      looked = true;
      try {
        profile = caller.isEstablished() ? whoAmI.whoAmI() : null;
      } catch (NotFoundException organizationNotRegistered) {
        profile = null;
      }
    }
    return profile;
  }

  /** False when the token names an organization the marketplace has no record of (yet). */
  public boolean isRegistered() {
    return profile() != null;
  }

  public String getEmail() {
    return profile() != null ? profile().email() : caller.email().orElse("");
  }

  public String getDisplayName() {
    MemberProfile p = profile();
    return p != null && p.displayName() != null ? p.displayName() : getEmail();
  }

  public String getOrganizationName() {
    return profile() != null ? profile().organization().name() : "";
  }

  public String getOrganizationId() {
    return caller.isEstablished() ? caller.organizationId() : "";
  }

  /** "Buyer", "Supplier" or "Operator". */
  public String getOrganizationKind() {
    return profile() != null ? kindLabel(profile().organization().kind()) : "";
  }

  /** E.g. "5,000.00 USD"; empty when the person has no spending limit. */
  public String getSpendingLimit() {
    Money limit = profile() != null ? profile().spendingLimit() : null;
    if (limit == null) {
      return "";
    }
    NumberFormat format = NumberFormat.getNumberInstance(Locale.US);
    format.setMinimumFractionDigits(2);
    format.setMaximumFractionDigits(2);
    return format.format(limit.amount()) + " " + limit.currency();
  }

  /** The marketplace roles the sign-in granted, e.g. "buyer, approver". */
  public String getRoles() {
    return String.join(", ", caller.roles().stream().map(r -> r.realmName()).toList());
  }

  public List<MenuSection> getSections() {
    return PortalMenu.sectionsFor(caller.roles());
  }

  public MenuModel getMenu() {
    if (menu == null) {
      menu = buildMenu(getSections());
    }
    return menu;
  }

  private static MenuModel buildMenu(List<MenuSection> sections) {
    DefaultMenuModel model = new DefaultMenuModel();
    model.getElements().add(DefaultMenuItem.builder()
        .id("menu-home").value("Home").icon("pi pi-home").outcome("/index").build());
    for (MenuSection section : sections) {
      DefaultSubMenu.Builder submenu = DefaultSubMenu.builder()
          .id("menu-" + section.getRole().realmName()).label(section.getLabel()).icon(section.getIcon());
      for (Feature feature : section.getFeatures()) {
        DefaultMenuItem.Builder item = DefaultMenuItem.builder()
            .id("menu-" + feature.getSlug()).value(feature.getLabel()).icon(feature.getIcon())
            .outcome(feature.getViewId());
        if (!feature.isBuilt()) {
          item.params(Map.of("feature", List.of(feature.getSlug())));
        }
        submenu.addElement(item.build());
      }
      model.getElements().add(submenu.build());
    }
    return model;
  }

  private static String kindLabel(OrganizationKind kind) {
    return switch (kind) {
      case BUYER -> "Buyer";
      case SUPPLIER -> "Supplier";
      case OPERATOR -> "Operator";
    };
  }
}
