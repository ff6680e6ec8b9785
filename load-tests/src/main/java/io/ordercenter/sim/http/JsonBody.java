package io.ordercenter.sim.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import tools.jackson.databind.JsonNode;

/**
 * A JSON object from a request body, read field by field. Ids may arrive as JSON strings (the
 * contract) or as integral numbers; money and counts must be integral numbers. A missing or ill-typed
 * field is a {@link BadRequest}.
 */
public final class JsonBody {

    private final JsonNode node;
    private final String where;

    private JsonBody(JsonNode node, String where) {
        this.node = node;
        this.where = where;
    }

    static JsonBody parse(byte[] body) {
        if (body == null || body.length == 0) {
            throw new BadRequest("a JSON object body is required");
        }
        JsonNode node = Json.read(body);
        if (!node.isObject()) {
            throw new BadRequest("the body must be a JSON object");
        }
        return new JsonBody(node, "");
    }

    /** A required id: a non-blank JSON string or an integral number. */
    public String id(String field) {
        return optionalId(field).orElseThrow(() -> missing(field));
    }

    public Optional<String> optionalId(String field) {
        JsonNode value = node.get(field);
        if (absent(value)) {
            return Optional.empty();
        }
        if (value.isString() && !value.stringValue().isBlank()) {
            return Optional.of(value.stringValue().trim());
        }
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return Optional.of(Long.toString(value.longValue()));
        }
        throw invalid(field, "a non-blank string id");
    }

    /** A required numeric id (user, shop, sku ids are 64-bit numbers carried as strings). */
    public long numericId(String field) {
        String id = id(field);
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw invalid(field, "a numeric id");
        }
    }

    /** A required integral number of at least {@code min}. */
    public long integer(String field, long min) {
        return optionalInteger(field, min).orElseThrow(() -> missing(field));
    }

    public OptionalLong optionalInteger(String field, long min) {
        JsonNode value = node.get(field);
        if (absent(value)) {
            return OptionalLong.empty();
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw invalid(field, "an integer");
        }
        long number = value.longValue();
        if (number < min) {
            throw invalid(field, "an integer of at least " + min);
        }
        return OptionalLong.of(number);
    }

    public OptionalDouble optionalNumber(String field) {
        JsonNode value = node.get(field);
        if (absent(value)) {
            return OptionalDouble.empty();
        }
        if (!value.isNumber()) {
            throw invalid(field, "a number");
        }
        return OptionalDouble.of(value.doubleValue());
    }

    public Optional<Boolean> optionalBoolean(String field) {
        JsonNode value = node.get(field);
        if (absent(value)) {
            return Optional.empty();
        }
        if (!value.isBoolean()) {
            throw invalid(field, "true or false");
        }
        return Optional.of(value.booleanValue());
    }

    public boolean bool(String field) {
        return optionalBoolean(field).orElseThrow(() -> missing(field));
    }

    /** A required non-blank string. */
    public String text(String field) {
        return optionalText(field).orElseThrow(() -> missing(field));
    }

    public Optional<String> optionalText(String field) {
        JsonNode value = node.get(field);
        if (absent(value)) {
            return Optional.empty();
        }
        if (!value.isString() || value.stringValue().isBlank()) {
            throw invalid(field, "a non-blank string");
        }
        return Optional.of(value.stringValue());
    }

    /** A required, non-empty array of JSON objects. */
    public List<JsonBody> objects(String field) {
        JsonNode value = node.get(field);
        if (absent(value)) {
            throw missing(field);
        }
        if (!value.isArray() || value.isEmpty()) {
            throw invalid(field, "a non-empty array");
        }
        List<JsonBody> objects = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            JsonNode element = value.get(i);
            if (!element.isObject()) {
                throw invalid(field, "an array of objects");
            }
            objects.add(new JsonBody(element, where + field + "[" + i + "]."));
        }
        return objects;
    }

    private static boolean absent(JsonNode value) {
        return value == null || value.isNull() || value.isMissingNode();
    }

    private BadRequest missing(String field) {
        return new BadRequest(where + field + " is required");
    }

    private BadRequest invalid(String field, String expected) {
        return new BadRequest(where + field + " must be " + expected);
    }
}
