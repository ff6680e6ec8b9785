package io.ordercenter.sharding.algorithm;

import java.util.Locale;

/** What a sharding algorithm instance picks: a database ({@code ds_N}) or a physical table. */
public enum ShardTarget {
    DATABASE,
    TABLE;

    /** The algorithm property that selects the target: {@code target=database|table}. */
    public static final String PROPERTY = "target";

    static ShardTarget parse(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(
                    "Sharding algorithm property '" + PROPERTY + "' is required (database|table)");
        }
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown sharding target '" + value + "' (database|table)", e);
        }
    }
}
