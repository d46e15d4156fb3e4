// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.metrics.cost;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import org.extranet.marketplace.organization.Caller;
import org.extranet.marketplace.organization.MemberRole;

/**
 * The cost model in force: the operator's newest saved revision, or the built-in default. Everyone may
 * read it (the formulas are public); only the operator saves a new one, and a bad one is refused whole.
 */
@Stateless
public class CostModels {

  /** The model and where it came from (revision null: the built-in default). */
  public record InForce(CostModel model, Long revision, Instant savedAt, String savedBy) {}

  @Inject Caller caller;
  @Inject Clock clock;
  @PersistenceContext EntityManager em;

  public InForce current() {
    return em.createQuery("select r from CostModelRevision r order by r.id desc", CostModelRevision.class)
        .setMaxResults(1).getResultList().stream().findFirst()
        .map(r -> new InForce(r.model(), r.id(), r.savedAt(), r.savedBy()))
        .orElse(new InForce(CostModel.DEFAULT, null, null, null));
  }

  /** @param model already checked whole by its constructor (422 before anything is written) */
  public InForce replace(CostModel model) {
    caller.require(MemberRole.OPERATOR);
    CostModelRevision revision = new CostModelRevision(model, clock.instant(), caller.email().orElse(caller.organizationId()));
    em.persist(revision);
    em.flush();
    return new InForce(model, revision.id(), revision.savedAt(), revision.savedBy());
  }
}
