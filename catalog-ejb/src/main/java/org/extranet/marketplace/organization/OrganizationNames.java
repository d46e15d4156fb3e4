// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.organization;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Organization names for read models (every catalog page names up to a hundred suppliers), remembered per
 * instance. Safe to keep because a name never changes once registered: there is no rename. Unknown ids are
 * asked for in one query and left out when the network does not know them.
 */
@ApplicationScoped
public class OrganizationNames {

  @Inject OrganizationRepository organizations;

  private final Map<String, String> known = new ConcurrentHashMap<>();

  public Map<String, String> of(Collection<String> ids) {
    List<String> missing = ids.stream().filter(id -> !known.containsKey(id)).distinct().toList();
    if (!missing.isEmpty()) {
      known.putAll(organizations.names(missing));
    }
    Map<String, String> names = new HashMap<>();
    for (String id : ids) {
      String name = known.get(id);
      if (name != null) {
        names.put(id, name);
      }
    }
    return names;
  }
}
