// SPDX-License-Identifier: Apache-2.0
package org.extranet.upstream;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** One tier's stock: per SKU how many it can supply and in how many days. Read from a small CSV. */
final class StockList {

  /** What the tier holds of one SKU. */
  record Holding(int available, int leadDays) {}

  private final Map<String, Holding> bySku;

  private StockList(Map<String, Holding> bySku) {
    this.bySku = Map.copyOf(bySku);
  }

  Optional<Holding> of(String sku) {
    return Optional.ofNullable(bySku.get(sku));
  }

  int size() {
    return bySku.size();
  }

  /** {@code <dir>/<tier>.csv} when a directory is given, else the tier's list shipped in the jar. */
  static StockList load(String tier, Path dir) {
    try (InputStream in = dir != null ? Files.newInputStream(dir.resolve(tier + ".csv"))
        : StockList.class.getResourceAsStream("/stock/" + tier + ".csv")) {
      if (in == null) {
        throw new IllegalArgumentException("no stock list for tier " + tier);
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Lines "sku,available,leadDays"; a header line and lines starting with # are skipped. */
  static StockList parse(BufferedReader reader) throws IOException {
    Map<String, Holding> bySku = new HashMap<>();
    String line;
    int number = 0;
    while ((line = reader.readLine()) != null) {
      number++;
      String row = line.strip();
      if (row.isEmpty() || row.startsWith("#") || row.startsWith("sku,")) {
        continue;
      }
      String[] cells = row.split(",");
      if (cells.length != 3) {
        throw new IllegalArgumentException("line " + number + ": expected sku,available,leadDays");
      }
      bySku.put(cells[0].strip(), new Holding(Integer.parseInt(cells[1].strip()), Integer.parseInt(cells[2].strip())));
    }
    return new StockList(bySku);
  }
}
