// SPDX-License-Identifier: Apache-2.0
package org.extranet.upstream;

import jakarta.jws.WebService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Logger;
import javax.xml.datatype.DatatypeFactory;
import org.extranet.upstream.wsdl.CheckAvailability;
import org.extranet.upstream.wsdl.CheckAvailabilityResponse;
import org.extranet.upstream.wsdl.InquiryFault;
import org.extranet.upstream.wsdl.InquiryFault_Exception;
import org.extranet.upstream.wsdl.InventoryInquiryPort;

/** One tier's answer to InventoryInquiry: what it holds of a SKU, and the date that would ship. */
@WebService(endpointInterface = "org.extranet.upstream.wsdl.InventoryInquiryPort",
    targetNamespace = "urn:extranet-marketplace:inventory-inquiry:1", serviceName = "InventoryInquiry",
    portName = "InventoryInquiryPort")
public class InventoryDesk implements InventoryInquiryPort {

  private static final Logger LOG = Logger.getLogger(InventoryDesk.class.getName());
  private static final DatatypeFactory DATES = DatatypeFactory.newDefaultInstance();

  private final String tier;
  private final StockList stock;
  private final Clock clock;

  InventoryDesk(String tier, StockList stock, Clock clock) {
    this.tier = tier;
    this.stock = stock;
    this.clock = clock;
  }

  @Override
  public CheckAvailabilityResponse checkAvailability(CheckAvailability request) throws InquiryFault_Exception {
    if (request.getSku() == null || request.getSku().isBlank() || request.getQuantity() < 1) {
      InquiryFault fault = new InquiryFault();
      fault.setCode("BAD_REQUEST");
      fault.setMessage("name a SKU and a quantity of at least 1");
      throw new InquiryFault_Exception(fault.getMessage(), fault);
    }
    CheckAvailabilityResponse answer = new CheckAvailabilityResponse();
    answer.setSku(request.getSku());
    stock.of(request.getSku().strip()).ifPresentOrElse(holding -> {
      answer.setKnown(true);
      answer.setAvailable(holding.available());
      answer.setEarliestDate(DATES.newXMLGregorianCalendar(LocalDate.now(clock).plusDays(holding.leadDays()).toString()));
    }, () -> answer.setKnown(false));
    LOG.info(() -> tier + ": " + request.getRequestedBy() + " asks " + request.getQuantity() + " x " + request.getSku()
        + " -> " + (answer.isKnown() ? answer.getAvailable() + " by " + answer.getEarliestDate() : "not carried"));
    return answer;
  }
}
