// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.supplier;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import org.extranet.marketplace.shared.Checksums;
import org.extranet.marketplace.shared.TooLargeException;
import org.extranet.marketplace.shared.UnsupportedContentException;
import org.extranet.marketplace.shared.Validation;

/** A document attached to an application, stored with its SHA-256 so the operator can trust what they read. */
@Entity
@Table(name = "application_document")
public class ApplicationDocument {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "application_id", nullable = false)
  private Long applicationId;

  @Column(name = "file_name", nullable = false, length = 200)
  private String fileName;

  @Column(name = "content_type", nullable = false, length = 40)
  private String contentType;

  @Column(name = "size_bytes", nullable = false)
  private long size;

  @Column(nullable = false, length = 64)
  private String sha256;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false)
  private byte[] content;

  @Column(name = "uploaded_by", nullable = false, length = 254)
  private String uploadedBy;

  @Column(name = "uploaded_at", nullable = false)
  private Instant uploadedAt;

  protected ApplicationDocument() {} // for JPA only

  ApplicationDocument(Long applicationId, String fileName, DocumentType type, byte[] content, String uploadedBy, Instant at) {
    new Validation().requireText(fileName, "fileName", 200).orThrow();
    if (content.length > DocumentType.MAX_BYTES) {
      throw new TooLargeException("documents are limited to " + DocumentType.MAX_BYTES / (1024 * 1024) + " MB");
    }
    if (!type.matches(content)) {
      throw new UnsupportedContentException("the content is not a " + type + " file");
    }
    this.applicationId = applicationId;
    this.fileName = fileName.strip();
    this.contentType = type.mediaType();
    this.size = content.length;
    this.sha256 = Checksums.sha256(content);
    this.content = content.clone();
    this.uploadedBy = uploadedBy;
    this.uploadedAt = at;
  }

  public Long id() { return id; }
  public Long applicationId() { return applicationId; }
  public String fileName() { return fileName; }
  public String contentType() { return contentType; }
  public long size() { return size; }
  public String sha256() { return sha256; }
  public Instant uploadedAt() { return uploadedAt; }
  public String uploadedBy() { return uploadedBy; }

  public byte[] content() {
    return content.clone();
  }
}
