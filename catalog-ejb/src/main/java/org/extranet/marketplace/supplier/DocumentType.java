// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.supplier;

import java.util.Arrays;
import java.util.Optional;

/** The document formats an application accepts, recognised by their first bytes as well as their name. */
public enum DocumentType {
  PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F'}),
  PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}),
  JPEG("image/jpeg", new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff});

  /** The largest document an application takes. */
  public static final int MAX_BYTES = 5 * 1024 * 1024;

  private final String mediaType;
  private final byte[] signature;

  DocumentType(String mediaType, byte[] signature) {
    this.mediaType = mediaType;
    this.signature = signature;
  }

  public String mediaType() {
    return mediaType;
  }

  public static Optional<DocumentType> of(String mediaType) {
    return Arrays.stream(values()).filter(t -> t.mediaType.equalsIgnoreCase(mediaType)).findFirst();
  }

  boolean matches(byte[] content) {
    if (content.length < signature.length) {
      return false;
    }
    return Arrays.equals(Arrays.copyOf(content, signature.length), signature);
  }
}
