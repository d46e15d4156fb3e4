// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.catalog;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.extranet.marketplace.shared.InvalidInputException.Violation;
import org.extranet.marketplace.shared.Money;
import org.extranet.marketplace.shared.RejectedDocumentException.LineError;

/**
 * Reads a listings CSV file (UTF-8, comma-separated, a header line naming the columns in any order) into
 * listings, checking every line against the same rules as a single publication and naming each bad line.
 * Pure: the reference data comes in, nothing goes to the database.
 *
 * <p>Columns: {@value #REQUIRED_COLUMNS} are required; {@value #OPTIONAL_COLUMNS} may be left out.
 * {@code currency} defaults to USD; empty optional cells take the listing defaults.
 */
public final class ListingCsv {

  static final String REQUIRED_COLUMNS = "sku, name, category, unit, kind, listPrice";
  static final String OPTIONAL_COLUMNS = "description, currency, stock, minimumOrderQuantity, packSize, "
      + "leadTimeDays, licenceType, downloadUrl, trainingUrl, contractOnly";

  private static final List<String> REQUIRED = split(REQUIRED_COLUMNS);
  private static final Set<String> KNOWN = Set.copyOf(concat(REQUIRED, split(OPTIONAL_COLUMNS)));
  private static final String DEFAULT_CURRENCY = "USD";

  /** One good line: where it was and what it lists. */
  public record Row(int line, Listing listing) {}

  /** The file's good rows and every error; the file may be applied only when {@code errors} is empty. */
  public record Parsed(List<Row> rows, List<LineError> errors) {
    public boolean isClean() {
      return errors.isEmpty();
    }
  }

  private final CatalogReference.Codes known;

  public ListingCsv(CatalogReference.Codes known) {
    this.known = known;
  }

  public Parsed read(byte[] content) {
    List<LineError> errors = new ArrayList<>(encodingErrors(content));
    if (!errors.isEmpty()) {
      return new Parsed(List.of(), errors);
    }
    String text = new String(content, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1); // a byte-order mark some spreadsheets write
    }
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
        .setIgnoreEmptyLines(true).get();
    List<Row> rows = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      Map<String, Integer> header = headerOf(parser, errors);
      if (!errors.isEmpty()) {
        return new Parsed(List.of(), errors);
      }
      Map<String, Integer> firstLineOfSku = new HashMap<>();
      for (CSVRecord record : parser) {
        int line = (int) parser.getCurrentLineNumber();
        readLine(record, header, line, firstLineOfSku, rows, errors);
      }
    } catch (IOException | RuntimeException e) {
      errors.add(new LineError(lineOf(e), null, "the file is not valid CSV: " + rootMessage(e)));
    }
    return new Parsed(errors.isEmpty() ? rows : List.of(), errors);
  }

  private void readLine(CSVRecord record, Map<String, Integer> header, int line, Map<String, Integer> firstLineOfSku,
      List<Row> rows, List<LineError> errors) {
    if (!record.isConsistent()) {
      errors.add(new LineError(line, null, "has " + record.size() + " cells, the header names " + header.size()));
      return;
    }
    Cells cells = new Cells(record, header);
    List<Violation> violations = new ArrayList<>();
    Listing listing = cells.listing(violations);
    if (violations.isEmpty()) {
      violations.addAll(listing.violations(known));
    }
    violations.forEach(v -> errors.add(new LineError(line, v.field(), v.message())));
    String sku = cells.text("sku");
    if (sku != null) {
      Integer first = firstLineOfSku.putIfAbsent(sku, line);
      if (first != null) {
        errors.add(new LineError(line, "sku", "SKU " + sku + " is already on line " + first));
      }
    }
    if (violations.isEmpty()) {
      rows.add(new Row(line, listing));
    }
  }

  private static Map<String, Integer> headerOf(CSVParser parser, List<LineError> errors) {
    Map<String, Integer> header = parser.getHeaderMap();
    if (header == null || header.isEmpty()) {
      errors.add(new LineError(1, null, "the file is empty; the first line must name the columns: " + REQUIRED_COLUMNS));
      return Map.of();
    }
    for (String column : REQUIRED) {
      if (!header.containsKey(column)) {
        errors.add(new LineError(1, column, "column " + column + " is missing (required: " + REQUIRED_COLUMNS + ")"));
      }
    }
    for (String column : header.keySet()) {
      if (!KNOWN.contains(column)) {
        errors.add(new LineError(1, column, "unknown column " + column + " (known: " + REQUIRED_COLUMNS + ", " + OPTIONAL_COLUMNS + ")"));
      }
    }
    return header;
  }

  /** Every line that is not UTF-8, by number; a file in Latin-1 or Windows-1252 fails here, not with mojibake. */
  private static List<LineError> encodingErrors(byte[] content) {
    List<LineError> errors = new ArrayList<>();
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    int line = 1;
    int start = 0;
    for (int i = 0; i <= content.length; i++) {
      if (i == content.length || content[i] == '\n') {
        try {
          decoder.reset().decode(ByteBuffer.wrap(content, start, i - start));
        } catch (CharacterCodingException e) {
          errors.add(new LineError(line, null, "is not UTF-8 text; save the file as CSV UTF-8"));
        }
        line++;
        start = i + 1;
      }
    }
    return errors;
  }

  /** The cells of one line, parsed into a listing; each unreadable cell becomes a violation. */
  private record Cells(CSVRecord record, Map<String, Integer> header) {

    Listing listing(List<Violation> violations) {
      ProductKind kind = enumeration(ProductKind.class, "kind", violations);
      LicenceType licence = enumeration(LicenceType.class, "licenceType", violations);
      String download = text("downloadUrl");
      String training = text("trainingUrl");
      DigitalDelivery digital = licence == null && download == null && training == null
          ? null : new DigitalDelivery(licence, download, training);
      return new Listing(text("sku"), text("name"), text("description"), text("category"), text("unit"), kind,
          money(violations), number("stock", violations), number("minimumOrderQuantity", violations),
          number("packSize", violations), number("leadTimeDays", violations), digital, flag("contractOnly", violations));
    }

    String text(String column) {
      Integer index = header.get(column);
      if (index == null || index >= record.size()) {
        return null;
      }
      String value = record.get(index);
      return value == null || value.isBlank() ? null : value;
    }

    private Money money(List<Violation> violations) {
      String amount = text("listPrice");
      String currency = text("currency") == null ? DEFAULT_CURRENCY : text("currency");
      if (amount == null) {
        return null; // the listing names the missing price
      }
      try {
        BigDecimal value = new BigDecimal(amount);
        if (value.stripTrailingZeros().scale() > 2) {
          violations.add(new Violation("listPrice", "has more than two decimals: " + amount));
          return null;
        }
        return Money.of(value, currency);
      } catch (NumberFormatException e) {
        violations.add(new Violation("listPrice", "is not a decimal number like 12.50: " + amount));
      } catch (IllegalArgumentException e) {
        violations.add(new Violation("currency", "must be an ISO 4217 code like USD: " + currency));
      }
      return null;
    }

    private Integer number(String column, List<Violation> violations) {
      String value = text(column);
      if (value == null) {
        return null;
      }
      try {
        return Integer.valueOf(value);
      } catch (NumberFormatException e) {
        violations.add(new Violation(column, "is not a whole number: " + value));
        return null;
      }
    }

    private boolean flag(String column, List<Violation> violations) {
      String value = text(column);
      if (value == null || value.equalsIgnoreCase("false") || value.equalsIgnoreCase("no")) {
        return false;
      }
      if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("yes")) {
        return true;
      }
      violations.add(new Violation(column, "must be true or false: " + value));
      return false;
    }

    private <E extends Enum<E>> E enumeration(Class<E> type, String column, List<Violation> violations) {
      String value = text(column);
      if (value == null) {
        return null; // the listing says whether it is required
      }
      try {
        return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        violations.add(new Violation(column, "must be one of " + Arrays.toString(type.getEnumConstants()) + ": " + value));
        return null;
      }
    }
  }

  private static int lineOf(Exception e) {
    String message = String.valueOf(e.getMessage());
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("line (\\d+)").matcher(message);
    return m.find() ? Integer.parseInt(m.group(1)) : 1;
  }

  private static String rootMessage(Throwable e) {
    while (e.getCause() != null) {
      e = e.getCause();
    }
    return e.getMessage();
  }

  private static List<String> split(String columns) {
    return Arrays.stream(columns.split(",")).map(String::strip).toList();
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
