// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.ordering;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import org.extranet.marketplace.ordering.ledger.ActorRole;
import org.extranet.marketplace.ordering.ledger.Channel;
import org.extranet.marketplace.ordering.ledger.ManualSource;
import org.extranet.marketplace.ordering.ledger.Step;
import org.extranet.marketplace.organization.Caller;
import org.extranet.marketplace.organization.MemberRole;

/**
 * The ledger's "who and how" for a step the caller takes. A partner's service account is a system
 * (automated); a person is not. Boundaries name the channel and, in the portal, the measured time on task.
 */
@RequestScoped
public class CallerSteps {

  @Inject Caller caller;

  /** Where the documents the caller is keying in came from, while {@link #keying} runs; otherwise null. */
  private ManualSource keyingFrom;

  public Step of(Channel channel, ActorRole asPerson, Integer timeOnTaskSeconds) {
    boolean system = caller.hasRole(MemberRole.PARTNER_INTEGRATION) && caller.email().isEmpty();
    ManualSource source = channel == Channel.MANUAL ? keyingFrom : null;
    return new Step(channel, source, caller.email().orElse(null), caller.organizationId(),
        system ? ActorRole.PARTNER_SYSTEM : asPerson, system, system ? null : timeOnTaskSeconds, false);
  }

  /**
   * Runs {@code work} as a person recording steps that happened outside the marketplace (an acknowledgement
   * faxed, an invoice mailed): use cases called with {@link Channel#MANUAL} inside it record this source.
   */
  public <T> T keying(ManualSource source, Supplier<T> work) {
    ManualSource before = keyingFrom;
    keyingFrom = source;
    try {
      return work.get();
    } finally {
      keyingFrom = before;
    }
  }

  /** An order desk or operator keying in a document received by phone, fax or e-mail. */
  public Step keyedFrom(ManualSource source, ActorRole role, Integer keyingSeconds) {
    return new Step(Channel.MANUAL, source, caller.email().orElse(null), caller.organizationId(), role, false,
        keyingSeconds, false);
  }
}
