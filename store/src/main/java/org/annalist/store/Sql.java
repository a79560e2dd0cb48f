package org.annalist.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.annalist.model.Column;
import org.annalist.model.ColumnType;
import org.annalist.model.TableSchema;
import org.duckdb.DuckDBAppender;

/** The mapping between the dataset's column types and DuckDB, and the SQL the store runs. */
final class Sql {
  private Sql() { }

  static String type(ColumnType t) {
    switch (t) {
      case INTEGER: return "BIGINT";
      case NUMBER: return "DOUBLE";
      case BOOLEAN: return "BOOLEAN";
      case DATE: return "DATE";
      default: return "VARCHAR";
    }
  }

  static String quote(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }

  static String literal(String s) {
    return "'" + s.replace("'", "''") + "'";
  }

  /** {@code CREATE TABLE name (...)} with the schema's columns and types. */
  static String createTable(String name, TableSchema schema) {
    StringBuilder sb = new StringBuilder("CREATE TABLE ").append(quote(name)).append(" (");
    for (int i = 0; i < schema.columns().size(); i++) {
      Column c = schema.columns().get(i);
      sb.append(i == 0 ? "" : ", ").append(quote(c.name())).append(' ').append(type(c.type()));
    }
    return sb.append(')').toString();
  }

  /** {@code SELECT cols FROM relation ORDER BY order, nulls first}: the schema's columns in its total order. */
  static String select(TableSchema schema, String relation) {
    StringBuilder sb = new StringBuilder("SELECT ");
    sb.append(String.join(", ", schema.header().stream().map(Sql::quote).toList()));
    sb.append(" FROM ").append(quote(relation));
    List<String> order = schema.sortKey();
    if (!order.isEmpty()) {
      sb.append(" ORDER BY ").append(String.join(", ", order.stream().map(c -> quote(c) + " ASC NULLS FIRST").toList()));
    }
    return sb.toString();
  }

  /**
   * The schema's columns of {@code relation} (a qualified name, already quoted), each cast to its
   * schema type, in the schema's total order: the rows as the Appender would store the values Java
   * reads, for a copy DuckDB makes itself. The stored columns, not the casts, give the order.
   */
  static String typedSelect(TableSchema schema, String relation) {
    StringBuilder sb = new StringBuilder("SELECT ");
    sb.append(String.join(", ", schema.columns().stream()
        .map(c -> "CAST(src." + quote(c.name()) + " AS " + type(c.type()) + ") AS " + quote(c.name())).toList()));
    sb.append(" FROM ").append(relation).append(" AS src");
    List<String> order = schema.sortKey();
    if (!order.isEmpty()) {
      sb.append(" ORDER BY ").append(String.join(", ", order.stream().map(c -> "src." + quote(c) + " ASC NULLS FIRST").toList()));
    }
    return sb.toString();
  }

  /** Appends one cell of the column's type. */
  static void append(DuckDBAppender a, Object v) throws SQLException {
    if (v == null) {
      a.appendNull();
    } else if (v instanceof String s) {
      a.append(s);
    } else if (v instanceof Long l) {
      a.append(l.longValue());
    } else if (v instanceof Double d) {
      a.append(d.doubleValue());
    } else if (v instanceof Boolean b) {
      a.append(b.booleanValue());
    } else if (v instanceof LocalDate d) {
      a.append(d);
    } else {
      throw new IllegalArgumentException("no column type holds " + v.getClass().getName());
    }
  }

  /** Reads cell {@code i} (1-based) as the Java type the column type holds. */
  static Object read(ResultSet rs, int i, ColumnType t) throws SQLException {
    Object v;
    switch (t) {
      case INTEGER: v = rs.getLong(i); break;
      case NUMBER: v = rs.getDouble(i); break;
      case BOOLEAN: v = rs.getBoolean(i); break;
      case DATE: v = rs.getObject(i, LocalDate.class); break;
      default: v = rs.getString(i); break;
    }
    return rs.wasNull() ? null : v;
  }

  /** The statements of a script resource, split at semicolons that end a line; comments dropped. */
  static List<String> script(String resource) throws IOException {
    try (InputStream in = Sql.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("missing SQL resource " + resource);
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      List<String> out = new ArrayList<>();
      StringBuilder cur = new StringBuilder();
      for (String line : text.split("\n")) {
        if (line.strip().startsWith("--")) {
          continue;
        }
        cur.append(line).append('\n');
        if (line.stripTrailing().endsWith(";")) {
          out.add(cur.toString().strip().replaceAll(";$", ""));
          cur.setLength(0);
        }
      }
      if (!cur.toString().isBlank()) {
        out.add(cur.toString().strip());
      }
      return out;
    }
  }

  static void run(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
