package nl.wegwijs.expertpool.privacy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Rewrites text columns of every row of a table, in the caller's transaction. */
public final class StoredTexts {

    private StoredTexts() {}

    /**
     * Applies {@code change} to each non-null value of {@code columns} in every row of {@code table} (locked in key
     * order while the caller's transaction lasts, so a concurrent edit is neither lost nor overwritten, and two
     * erasures at once wait for each other instead of deadlocking) and writes back the rows it changed; returns how
     * many. Table and column names come from code, never from a request.
     */
    public static int rewrite(
            JdbcClient jdbc, String table, List<String> keys, List<String> columns, UnaryOperator<String> change) {
        return rewrite(jdbc, table, keys, List.of(), columns, row -> change);
    }

    /**
     * As {@link #rewrite(JdbcClient, String, List, List, UnaryOperator)}, with a change that depends on the row: {@code
     * changeOf} gets the row's {@code keys} and {@code context} columns (such as the session or agenda point a text
     * belongs to) and gives the change for that row's texts.
     */
    public static int rewrite(
            JdbcClient jdbc,
            String table,
            List<String> keys,
            List<String> context,
            List<String> columns,
            Function<Map<String, Object>, UnaryOperator<String>> changeOf) {
        String anyText = columns.stream().map(c -> c + " is not null").collect(Collectors.joining(" or "));
        List<String> selected = new ArrayList<>(keys);
        context.stream().filter(c -> !selected.contains(c)).forEach(selected::add);
        selected.addAll(columns);
        List<Map<String, Object>> rows = jdbc.sql("select " + String.join(", ", selected) + " from " + table + " where "
                        + anyText + " order by " + String.join(", ", keys) + " for update")
                .query()
                .listOfRows();
        String where = keys.stream().map(k -> k + " = :" + k).collect(Collectors.joining(" and "));
        int changed = 0;
        for (Map<String, Object> row : rows) {
            UnaryOperator<String> change = changeOf.apply(row);
            List<String> set = new ArrayList<>();
            Map<String, Object> params = new HashMap<>();
            for (String column : columns) {
                String before = (String) row.get(column);
                String after = before == null ? null : change.apply(before);
                if (!Objects.equals(before, after)) {
                    set.add(column + " = :" + column);
                    params.put(column, after);
                }
            }
            if (set.isEmpty()) {
                continue;
            }
            keys.forEach(k -> params.put(k, row.get(k)));
            jdbc.sql("update " + table + " set " + String.join(", ", set) + " where " + where)
                    .params(params)
                    .update();
            changed++;
        }
        return changed;
    }
}
