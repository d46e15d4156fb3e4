// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.e2e;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/** A small HTTP client for black-box tests: plain java.net.http, JSON read with Jakarta JSON-P. */
public final class Http {

  private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /** A response with its body kept as text. */
  public record Reply(int status, String contentType, String body) {

    public JsonObject json() {
      return (JsonObject) jsonStructure();
    }

    public JsonStructure jsonStructure() {
      try (var reader = Json.createReader(new StringReader(body))) {
        return reader.read();
      }
    }
  }

  private Http() {}

  public static Reply get(String url, String token) {
    return send(request(url, token).GET().build());
  }

  /** GET asking for JSON (some endpoints, like Keycloak's account API, serve HTML otherwise). */
  public static Reply getJson(String url, String token) {
    return send(request(url, token).header("Accept", "application/json").GET().build());
  }

  /** GET asking for a representation, e.g. {@code text/csv} of a metrics table. */
  public static Reply get(String url, String token, String accept) {
    return send(request(url, token).header("Accept", accept).GET().build());
  }

  public static Reply delete(String url, String token) {
    return send(request(url, token).DELETE().build());
  }

  public static Reply post(String url, String token, String contentType, String body) {
    return send("POST", url, token, contentType, body);
  }

  /** A raw upload: the bytes as the body, the file name in X-File-Name. */
  public static Reply upload(String url, String token, String contentType, String fileName, byte[] content) {
    return send(request(url, token).timeout(Duration.ofMinutes(3)) // a 50,000-line import takes a while
        .header("Content-Type", contentType).header("X-File-Name", fileName)
        .POST(HttpRequest.BodyPublishers.ofByteArray(content)).build());
  }

  public static Reply put(String url, String token, String json) {
    return send(request(url, token).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)).build());
  }

  /** Any method; {@code body} and {@code contentType} may be null. */
  public static Reply send(String method, String url, String token, String contentType, String body) {
    HttpRequest.Builder builder = request(url, token);
    if (contentType != null) {
      builder.header("Content-Type", contentType);
    }
    return send(builder.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)).build());
  }

  public static Reply postJson(String url, String token, String json) {
    return post(url, token, "application/json", json);
  }

  /** POST JSON with an Idempotency-Key header. */
  public static Reply postJson(String url, String token, String json, String idempotencyKey) {
    return send(request(url, token).header("Content-Type", "application/json").header("Idempotency-Key", idempotencyKey)
        .POST(HttpRequest.BodyPublishers.ofString(json)).build());
  }

  public static Reply postForm(String url, Map<String, String> form) {
    String body = form.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    return post(url, null, "application/x-www-form-urlencoded", body);
  }

  private static HttpRequest.Builder request(String url, String token) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
    if (token != null) {
      builder.header("Authorization", "Bearer " + token);
    }
    return builder;
  }

  private static Reply send(HttpRequest request) {
    try {
      HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
      return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
