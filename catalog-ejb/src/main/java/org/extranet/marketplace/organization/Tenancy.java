// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.organization;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Optional;
import org.extranet.marketplace.shared.NotFoundException;

/**
 * The tenancy guard: every read of tenant-owned data goes through here. Operators see everything;
 * anyone else sees only what their organization owns, and another tenant's object answers exactly
 * like a missing one ({@link NotFoundException}), so ids cannot be probed.
 */
@ApplicationScoped
public class Tenancy {

  @Inject Caller caller;

  @PersistenceContext EntityManager em;

  /** The organization every write of this request is done for. */
  public String organizationId() {
    return caller.organizationId();
  }

  public boolean seesAll() {
    return caller.hasRole(MemberRole.OPERATOR);
  }

  /** Loads an object by id if the caller may see it. */
  public <T extends TenantOwned> T find(Class<T> type, Object id) {
    return Optional.ofNullable(id == null ? null : em.find(type, id))
        .filter(this::canSee)
        .orElseThrow(() -> new NotFoundException(type.getSimpleName(), id));
  }

  /** Checks an object loaded some other way (by natural key, say). */
  public <T extends TenantOwned> T visible(T object, Object id) {
    if (object == null || !canSee(object)) {
      throw new NotFoundException(object == null ? "object" : object.getClass().getSimpleName(), id);
    }
    return object;
  }

  /**
   * Restricts a list query to the caller's organization unless they see all. The query must declare
   * the named parameter {@code :tenant} and a clause like {@code (:tenant IS NULL OR x.org.id = :tenant)}.
   */
  public <T> TypedQuery<T> scoped(TypedQuery<T> query) {
    return query.setParameter("tenant", seesAll() ? null : organizationId());
  }

  /** For filtering: the caller's own organization's object, or any object for an operator. */
  public boolean canSee(TenantOwned object) {
    return seesAll() || object.isVisibleTo(organizationId());
  }
}
