package org.atrium.platform.web.internal.shell;

import java.nio.charset.StandardCharsets;

import com.vaadin.server.ClientConnector;
import com.vaadin.server.JsonCodec;
import com.vaadin.ui.ConnectorTracker;
import com.vaadin.ui.UI;
import elemental.json.Json;
import elemental.json.JsonArray;
import elemental.json.JsonObject;
import elemental.json.JsonType;
import elemental.json.JsonValue;

/**
 * A {@link ConnectorTracker} that keeps each connector's diff state (the last state sent to the browser, which
 * Vaadin compares against to send only changes) as compact JSON text instead of a tree of JSON objects.
 *
 * <p>An idle dashboard session holds about fifty connectors. As object trees their diff states took some 160 KB
 * of heap per browser tab, most of the session's memory; as text they take a tenth of that. The text is parsed
 * only when Vaadin reads a diff state, i.e. when that connector has changed and its new state is being encoded,
 * and components that edit a diff state in place (text fields, check boxes, grids) write their change back through
 * {@link #getDiffState}'s result. Vaadin itself turns diff states into the same text when it serializes a session.
 *
 * <p>Only what differs from the state type's defaults is kept (most of a state's twenty-odd fields keep their
 * defaults); reading a diff state lays the kept fields over the defaults again.
 *
 * <p>Long strings (the navigation's and the portlets' HTML, a few KB each) are not remembered at all: the diff state
 * gets a marker of another JSON type in their place, which never equals a string, so when such a connector changes
 * its long text is sent again even if it did not change. That costs a few KB on the wire when a navigation or
 * portlet is redrawn, and keeps a second copy of every such text out of the heap of every open tab.
 */
final class CompactConnectorTracker extends ConnectorTracker {

    private static final long serialVersionUID = 1L;

    /** Strings longer than this many characters are not kept in diff states. */
    static final int LONGEST_REMEMBERED_STRING = 256;

    CompactConnectorTracker(UI ui) {
        super(ui);
    }

    /** Marks the fields a component removed from its diff state; no Java field has this name. */
    static final String REMOVED = "\u0000removed";

    /** Each state type's default values as JSON text, as Vaadin encodes a new state object; null if unknown. */
    private static final ClassValue<String> DEFAULTS = new ClassValue<>() {
        @Override
        protected String computeValue(Class<?> stateType) {
            try {
                Object defaults = stateType.getConstructor().newInstance();
                return JsonCodec.encode(defaults, null, stateType, null).getEncodedValue().toJson();
            } catch (ReflectiveOperationException | RuntimeException e) {
                return null;
            }
        }
    };

    @Override
    public JsonObject getDiffState(ClientConnector connector) {
        JsonObject stored = super.getDiffState(connector);
        return stored instanceof StoredState compact ? compact.open() : stored;
    }

    /** @return what the tracker holds for the connector (for tests), or null */
    StoredState stored(ClientConnector connector) {
        JsonObject stored = super.getDiffState(connector);
        return stored instanceof StoredState compact ? compact : null;
    }

    @Override
    public void setDiffState(ClientConnector connector, JsonObject diffState) {
        super.setDiffState(connector, diffState == null ? null
                : new StoredState(DEFAULTS.get(connector.getStateType()), withoutLongStrings(diffState)));
    }

    private static JsonObject withoutLongStrings(JsonObject state) {
        JsonObject kept = null;
        for (String key : state.keys()) {
            JsonValue value = state.get(key);
            if (value != null && value.getType() == JsonType.STRING
                    && value.asString().length() > LONGEST_REMEMBERED_STRING) {
                if (kept == null) {
                    kept = Json.parse(state.toJson());
                }
                kept.put(key, forgotten());
            }
        }
        return kept == null ? state : kept;
    }

    /** What stands in for a string that is not remembered: an object, so it never equals the string. */
    static JsonObject forgotten() {
        JsonObject marker = Json.createObject();
        marker.put("forgotten", true);
        return marker;
    }

    /** A {@link JsonObject} whose every call goes to {@link #target()}. */
    abstract static class DelegatingJsonObject implements JsonObject {
        private static final long serialVersionUID = 1L;

        abstract JsonObject target();

        @Override
        public <T extends JsonValue> T get(String key) {
            return target().get(key);
        }

        @Override
        public JsonArray getArray(String key) {
            return target().getArray(key);
        }

        @Override
        public boolean getBoolean(String key) {
            return target().getBoolean(key);
        }

        @Override
        public double getNumber(String key) {
            return target().getNumber(key);
        }

        @Override
        public JsonObject getObject(String key) {
            return target().getObject(key);
        }

        @Override
        public String getString(String key) {
            return target().getString(key);
        }

        @Override
        public String[] keys() {
            return target().keys();
        }

        @Override
        public void put(String key, JsonValue value) {
            target().put(key, value);
        }

        @Override
        public void put(String key, String value) {
            target().put(key, value);
        }

        @Override
        public void put(String key, double value) {
            target().put(key, value);
        }

        @Override
        public void put(String key, boolean value) {
            target().put(key, value);
        }

        @Override
        public boolean hasKey(String key) {
            return target().hasKey(key);
        }

        @Override
        public void remove(String key) {
            target().remove(key);
        }

        @Override
        public boolean asBoolean() {
            return target().asBoolean();
        }

        @Override
        public double asNumber() {
            return target().asNumber();
        }

        @Override
        public String asString() {
            return target().asString();
        }

        @Override
        public JsonType getType() {
            return JsonType.OBJECT;
        }

        @Override
        public String toJson() {
            return target().toJson();
        }

        @Override
        public boolean jsEquals(JsonValue value) {
            return target().jsEquals(value);
        }

        @Override
        public Object toNative() {
            return target().toNative();
        }

        /** The JSON text, as Vaadin's own session serialization expects of a diff state. */
        @Override
        public String toString() {
            return toJson();
        }
    }

    /**
     * What the tracker's map holds: the diff state as JSON text. It is a {@link JsonObject} only because the map is
     * typed so; every call goes to a freshly parsed {@link OpenState}, which writes changes back.
     */
    static final class StoredState extends DelegatingJsonObject {
        private static final long serialVersionUID = 1L;
        /** The state type's defaults as JSON text (shared by all connectors of the type), or null. */
        private final String defaults;
        /**
         * What differs from the defaults, as UTF-8 JSON: the JSON is mostly ASCII markup, which a Java string with any
         * Chinese in it would store in two bytes a character.
         */
        private byte[] json;

        StoredState(String defaults, JsonObject state) {
            this.defaults = defaults;
            store(state);
        }

        StoredState(String json) {
            this(null, Json.parse(json));
        }

        void store(JsonObject state) {
            JsonObject differences = state;
            if (defaults != null) {
                JsonObject base = Json.parse(defaults);
                differences = Json.createObject();
                for (String key : state.keys()) {
                    if (!base.hasKey(key) || !JsonCodec.jsonEquals(state.get(key), base.get(key))) {
                        differences.put(key, (JsonValue) state.get(key));
                    }
                }
                JsonArray removed = Json.createArray();
                for (String key : base.keys()) {
                    if (!state.hasKey(key)) {
                        removed.set(removed.length(), key);
                    }
                }
                if (removed.length() > 0) {
                    differences.put(REMOVED, removed);
                }
            }
            json = differences.toJson().getBytes(StandardCharsets.UTF_8);
        }

        /** @return how many bytes this diff state takes, without the shared defaults */
        int storedBytes() {
            return json.length;
        }

        /** @return the whole diff state: the defaults with the differences laid over them */
        JsonObject whole() {
            JsonObject differences = Json.parse(new String(json, StandardCharsets.UTF_8));
            if (defaults == null) {
                return differences;
            }
            JsonObject whole = Json.parse(defaults);
            for (String key : differences.keys()) {
                if (REMOVED.equals(key)) {
                    JsonArray removed = differences.getArray(key);
                    for (int i = 0; i < removed.length(); i++) {
                        whole.remove(removed.getString(i));
                    }
                } else {
                    whole.put(key, (JsonValue) differences.get(key));
                }
            }
            return whole;
        }

        OpenState open() {
            return new OpenState(this, whole());
        }

        @Override
        JsonObject target() {
            return open();
        }
    }

    /** A parsed diff state; changes made to it are written back to the stored text. */
    static final class OpenState extends DelegatingJsonObject {
        private static final long serialVersionUID = 1L;
        private final StoredState stored;
        private final JsonObject parsed;

        OpenState(StoredState stored, JsonObject parsed) {
            this.stored = stored;
            this.parsed = parsed;
        }

        @Override
        JsonObject target() {
            return parsed;
        }

        @Override
        public void put(String key, JsonValue value) {
            parsed.put(key, value);
            stored.store(parsed);
        }

        @Override
        public void put(String key, String value) {
            put(key, Json.create(value));
        }

        @Override
        public void put(String key, double value) {
            put(key, Json.create(value));
        }

        @Override
        public void put(String key, boolean value) {
            put(key, Json.create(value));
        }

        @Override
        public void remove(String key) {
            parsed.remove(key);
            stored.store(parsed);
        }
    }
}
