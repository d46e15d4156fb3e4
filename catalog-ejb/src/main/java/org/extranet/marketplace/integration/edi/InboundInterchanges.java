// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.integration.edi;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.extranet.marketplace.integration.message.MessageLedger;
import org.extranet.marketplace.integration.message.PartnerMessage;
import org.extranet.marketplace.integration.partner.PartnerProfile;
import org.extranet.marketplace.integration.partner.PartnerProfiles;
import org.extranet.marketplace.organization.Caller;
import org.extranet.marketplace.organization.MemberRole;
import org.extranet.marketplace.shared.ForbiddenException;
import org.extranet.marketplace.shared.RejectedDocumentException;

/**
 * Inbound X12 (POST /edi/interchanges): the raw interchange is archived first (committed on its own), then
 * read and validated; an interchange resent with the same sender and control number is acknowledged again
 * with the first answer and creates nothing; each valid 850 becomes an order through the same use case as the
 * portal ({@link X12PurchaseOrders}), each set on its own (one set's rejection leaves the others' orders);
 * the answer is the 997, kept with the message. The sender must be the calling partner's own EDI identity.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class InboundInterchanges {

  /** The acknowledgement to send back, and the message it is kept with. */
  public record Answer(Long messageId, String acknowledgement, PartnerMessage.Status status, boolean duplicate) {}

  @Inject Caller caller;
  @Inject Clock clock;
  @Inject MessageLedger ledger;
  @Inject PartnerProfiles profiles;
  @Inject X12PurchaseOrders purchaseOrders;

  public Answer receive(byte[] raw) {
    caller.require(MemberRole.PARTNER_INTEGRATION);
    Long id = ledger.archive(PartnerMessage.Direction.INBOUND, caller.organizationId(), PartnerMessage.Format.X12, raw);
    X12Interchange in;
    try {
      in = X12Reader.read(raw);
    } catch (X12Reader.NotAnInterchangeException e) {
      ledger.settle(id, PartnerMessage.Status.REJECTED, null, e.getMessage(), null);
      throw new RejectedDocumentException("Not an X12 interchange; message " + id + " keeps what arrived.",
          List.of(new RejectedDocumentException.LineError(0, "interchange", e.getMessage())));
    }
    ledger.identify(id, documentTypes(in), in.senderId(), in.controlNumber());
    PartnerProfile profile = profiles.ofOrganization(caller.organizationId())
        .filter(p -> p.ediId().equals(in.senderId()))
        .orElse(null);
    if (profile == null) {
      ledger.settle(id, PartnerMessage.Status.REJECTED, null, "ISA06 " + in.senderId() + " is not the caller's EDI id", null);
      throw new ForbiddenException("the interchange's sender (ISA06 " + in.senderId() + ") is not your organization's EDI id");
    }
    var original = ledger.original(in.senderId(), in.controlNumber(), id);
    if (original.isPresent()) {
      ledger.settle(id, PartnerMessage.Status.DUPLICATE, original.get().acknowledgement(),
          "resent: acknowledged again as message " + original.get().id(), null);
      return new Answer(id, original.get().acknowledgement(), PartnerMessage.Status.DUPLICATE, true);
    }
    List<Long> orders = new ArrayList<>();
    int sets = 0;
    int accepted = 0;
    for (X12Interchange.Group group : in.groups()) {
      for (X12Interchange.TransactionSet set : group.sets()) {
        sets++;
        if (group.accepts(set) && "850".equals(set.type())) {
          purchaseOrders.place(in, set).ifPresent(orders::add);
        }
        accepted += group.accepts(set) ? 1 : 0;
      }
    }
    String ack = FunctionalAcknowledgement.of(in, id, clock.instant());
    PartnerMessage.Status status = sets > 0 && accepted == sets && in.envelopeErrors().isEmpty() ? PartnerMessage.Status.ACCEPTED
        : accepted > 0 ? PartnerMessage.Status.PARTIALLY_ACCEPTED : PartnerMessage.Status.REJECTED;
    ledger.settle(id, status, ack, in.envelopeErrors().isEmpty() ? null : String.join("; ", in.envelopeErrors()),
        orders.isEmpty() ? null : String.join(",", orders.stream().map(String::valueOf).toList()));
    return new Answer(id, ack, status, false);
  }

  private static String documentTypes(X12Interchange in) {
    return String.join(",", in.groups().stream().flatMap(g -> g.sets().stream()).map(s -> String.valueOf(s.type())).distinct().toList());
  }
}
