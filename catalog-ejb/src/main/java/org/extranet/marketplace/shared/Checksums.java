// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.shared;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Checksums stored with archived documents, so a stored copy can be proven to be what was received. */
public final class Checksums {

  private Checksums() {}

  /** SHA-256 as 64 lowercase hex digits. */
  public static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
