// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.portal.shell;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.function.IntFunction;
import org.extranet.marketplace.shared.ConflictException;
import org.extranet.marketplace.shared.InvalidInputException;
import org.extranet.marketplace.shared.NotFoundException;

/** Runs one business step from a page: success and business refusals become messages, not error pages. */
public final class Outcomes {

  private Outcomes() {}

  /** True when the step succeeded. */
  public static boolean run(Runnable step, String done) {
    return run(step, done, line -> null);
  }

  /**
   * As {@link #run(Runnable, String)}, with each refused line's message next to that line: {@code lineClientId}
   * names the component of a 1-based line number (null: among the page's messages).
   */
  public static boolean run(Runnable step, String done, IntFunction<String> lineClientId) {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      step.run();
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, done, ""));
      return true;
    } catch (ConflictException e) {
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, "Not possible now", e.getMessage()));
      e.errors().forEach(line -> faces.addMessage(lineClientId.apply(line.line()),
          new FacesMessage(FacesMessage.SEVERITY_WARN, "Line " + line.line(), line.message())));
    } catch (org.extranet.marketplace.shared.RejectedDocumentException e) {
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "Nothing was done", e.getMessage()));
      e.errors().forEach(line -> faces.addMessage(lineClientId.apply(line.line()),
          new FacesMessage(FacesMessage.SEVERITY_ERROR, "Line " + line.line(), line.message())));
    } catch (org.extranet.marketplace.shared.ForbiddenException e) {
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, "Not allowed", e.getMessage()));
    } catch (NotFoundException e) {
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, "Not found", e.getMessage()));
    } catch (InvalidInputException e) {
      e.violations().forEach(v -> faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, v.field(), v.message())));
    }
    return false;
  }
}
