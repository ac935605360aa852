package org.paperkg.read;

import com.fasterxml.jackson.databind.JsonNode;
import org.paperkg.model.SafeText;
import org.paperkg.vocab.Names;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Typed access to the fields of one JSON object, shared by the JSON readers. A missing or null
 * field reads as null; a field of the wrong type throws {@link BadRecord}, which the reader turns
 * into a skipped record naming the field.
 */
final class JsonFields {
    /** The record cannot be used; the message is the reason shown to the user. */
    static final class BadRecord extends RuntimeException {
        BadRecord(String reason) {
            super(reason, null, false, false);
        }
    }

    private final JsonNode object;

    JsonFields(JsonNode object) {
        this.object = object;
    }

    boolean has(String field) {
        JsonNode v = object.get(field);
        return v != null && !v.isNull();
    }

    /** The string value cleaned ({@link SafeText}) with white space collapsed, or null when missing, null or blank. */
    String text(String field) {
        JsonNode v = object.get(field);
        if (v == null || v.isNull()) return null;
        if (!v.isTextual()) throw wrongType(field, v, "a string");
        String s = Names.collapseSpaces(SafeText.clean(v.asText()));
        return s.isEmpty() ? null : s;
    }

    String requiredText(String field) {
        String s = text(field);
        if (s == null) throw new BadRecord("field '" + field + "' is missing or empty; every paper needs a " + field);
        return s;
    }

    Integer integer(String field) {
        JsonNode v = object.get(field);
        if (v == null || v.isNull()) return null;
        if (!v.isIntegralNumber() || !v.canConvertToInt()) throw wrongType(field, v, "a whole number");
        return v.intValue();
    }

    /** An array's elements; null when the field is missing or null. */
    List<JsonNode> array(String field) {
        JsonNode v = object.get(field);
        if (v == null || v.isNull()) return null;
        if (!v.isArray()) throw wrongType(field, v, "an array");
        List<JsonNode> items = new ArrayList<>(v.size());
        v.forEach(items::add);
        return items;
    }

    /** An array of strings, each with white space collapsed, blanks dropped; empty when missing. */
    List<String> strings(String field) {
        List<JsonNode> items = array(field);
        if (items == null) return List.of();
        List<String> out = new ArrayList<>(items.size());
        for (JsonNode item : items) {
            if (!item.isTextual()) throw wrongType(field + "[]", item, "a string");
            String s = Names.collapseSpaces(SafeText.clean(item.asText()));
            if (!s.isEmpty()) out.add(s);
        }
        return out;
    }

    /** The object value, or null when missing or null. */
    JsonFields object(String field) {
        JsonNode v = object.get(field);
        if (v == null || v.isNull()) return null;
        if (!v.isObject()) throw wrongType(field, v, "an object");
        return new JsonFields(v);
    }

    /** The UTC calendar day of an ISO-8601 timestamp or date ("2024-07-18T05:15:24.000Z"), or null if unreadable. */
    LocalDate isoDate(String field) {
        String s = text(field);
        if (s == null) return null;
        try {
            if (s.length() == 10) return LocalDate.parse(s);
            return OffsetDateTime.parse(s).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static BadRecord wrongType(String field, JsonNode v, String expected) {
        return new BadRecord("field '" + field + "' is " + describe(v) + ", expected " + expected);
    }

    static String describe(JsonNode v) {
        return switch (v.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL, MISSING -> "null";
            default -> "a " + v.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
