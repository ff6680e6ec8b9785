package io.ordercenter.query.platform.web;

import io.ordercenter.contracts.ErrorCode;
import io.ordercenter.contracts.OrderStatus;
import io.ordercenter.contracts.failure.NonTransient;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Query and path parameters, parsed into typed values. Anything malformed is a 400 {@code
 * VALIDATION_FAILED} whose detail names the parameter.
 */
public final class Params {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    private static final String STATUSES =
            Arrays.stream(OrderStatus.values()).map(Enum::name).collect(Collectors.joining(", "));

    private Params() {}

    /** A positive 64-bit id given in decimal. */
    public static long id(String name, String raw) {
        if (raw == null || !raw.matches("[0-9]{1,19}")) {
            throw invalid(name, "must be a positive integer");
        }
        try {
            long value = Long.parseLong(raw);
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // more than Long.MAX_VALUE
        }
        throw invalid(name, "must be a positive integer");
    }

    /** The same as {@link #id}, or {@code null} when the parameter is absent. */
    public static Long optionalId(String name, String raw) {
        return isAbsent(raw) ? null : id(name, raw);
    }

    /** The page size: {@value #DEFAULT_LIMIT} when absent, else 1..{@value #MAX_LIMIT}. */
    public static int limit(String raw) {
        if (isAbsent(raw)) {
            return DEFAULT_LIMIT;
        }
        if (raw.matches("[0-9]{1,3}")) {
            int value = Integer.parseInt(raw);
            if (value >= 1 && value <= MAX_LIMIT) {
                return value;
            }
        }
        throw invalid("limit", "must be an integer from 1 to " + MAX_LIMIT);
    }

    /** An order status by its API name, or {@code null} when absent. */
    public static OrderStatus status(String raw) {
        if (isAbsent(raw)) {
            return null;
        }
        try {
            return OrderStatus.valueOf(raw);
        } catch (IllegalArgumentException e) {
            throw invalid("status", "must be one of " + STATUSES);
        }
    }

    /** An ISO-8601 time with a zone or offset ({@code 2026-11-22T12:00:00Z}), or {@code null} when absent. */
    public static Instant time(String name, String raw) {
        if (isAbsent(raw)) {
            return null;
        }
        try {
            return OffsetDateTime.parse(raw).toInstant();
        } catch (DateTimeParseException e) {
            throw invalid(name, "must be an ISO-8601 time with a zone, such as 2026-11-22T12:00:00Z");
        }
    }

    /** Checks that a creation window {@code [from, to)} is not empty. */
    public static void window(Instant from, Instant to) {
        if (from != null && to != null && !from.isBefore(to)) {
            throw invalid("to", "must be after from");
        }
    }

    public static NonTransient invalid(String name, String problem) {
        return new NonTransient(ErrorCode.VALIDATION_FAILED, name + ": " + problem);
    }

    private static boolean isAbsent(String raw) {
        return raw == null || raw.isEmpty();
    }
}
