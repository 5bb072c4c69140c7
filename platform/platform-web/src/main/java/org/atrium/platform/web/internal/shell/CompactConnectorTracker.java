package org.atrium.platform.web.internal.shell;

import java.nio.charset.StandardCharsets;

import com.vaadin.server.ClientConnector;
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

    @Override
    public JsonObject getDiffState(ClientConnector connector) {
        JsonObject stored = super.getDiffState(connector);
        return stored instanceof StoredState compact ? compact.open() : stored;
    }

    @Override
    public void setDiffState(ClientConnector connector, JsonObject diffState) {
        super.setDiffState(connector, diffState == null ? null : new StoredState(withoutLongStrings(diffState).toJson()));
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

    /**
     * What the tracker's map holds: the diff state as JSON text. It is a {@link JsonObject} only because the map is
     * typed so; every read goes through a freshly parsed {@link OpenState}.
     */
    static final class StoredState implements JsonObject {
        private static final long serialVersionUID = 1L;
        /** UTF-8: the JSON is mostly ASCII markup, which a Java string with any Chinese in it would store in two bytes a character. */
        private byte[] json;

        StoredState(String json) {
            setJson(json);
        }

        void setJson(String json) {
            this.json = json.getBytes(StandardCharsets.UTF_8);
        }

        String json() {
            return new String(json, StandardCharsets.UTF_8);
        }

        OpenState open() {
            return new OpenState(this, Json.parse(json()));
        }

        @Override
        public <T extends JsonValue> T get(String key) {
            return open().get(key);
        }

        @Override
        public JsonArray getArray(String key) {
            return open().getArray(key);
        }

        @Override
        public boolean getBoolean(String key) {
            return open().getBoolean(key);
        }

        @Override
        public double getNumber(String key) {
            return open().getNumber(key);
        }

        @Override
        public JsonObject getObject(String key) {
            return open().getObject(key);
        }

        @Override
        public String getString(String key) {
            return open().getString(key);
        }

        @Override
        public String[] keys() {
            return open().keys();
        }

        @Override
        public void put(String key, JsonValue value) {
            open().put(key, value);
        }

        @Override
        public void put(String key, String value) {
            open().put(key, value);
        }

        @Override
        public void put(String key, double value) {
            open().put(key, value);
        }

        @Override
        public void put(String key, boolean value) {
            open().put(key, value);
        }

        @Override
        public boolean hasKey(String key) {
            return open().hasKey(key);
        }

        @Override
        public void remove(String key) {
            open().remove(key);
        }

        @Override
        public boolean asBoolean() {
            return true;
        }

        @Override
        public double asNumber() {
            return Double.NaN;
        }

        @Override
        public String asString() {
            return "[object Object]";
        }

        @Override
        public JsonType getType() {
            return JsonType.OBJECT;
        }

        @Override
        public String toJson() {
            return json();
        }

        @Override
        public boolean jsEquals(JsonValue value) {
            return open().jsEquals(value);
        }

        @Override
        public Object toNative() {
            return open().toNative();
        }

        /** The JSON text, as Vaadin's own session serialization expects of a diff state. */
        @Override
        public String toString() {
            return json();
        }
    }

    /** A parsed diff state; changes made to it are written back to the stored text. */
    static final class OpenState implements JsonObject {
        private static final long serialVersionUID = 1L;
        private final StoredState stored;
        private final JsonObject parsed;

        OpenState(StoredState stored, JsonObject parsed) {
            this.stored = stored;
            this.parsed = parsed;
        }

        private void writeBack() {
            stored.setJson(parsed.toJson());
        }

        @Override
        public <T extends JsonValue> T get(String key) {
            return parsed.get(key);
        }

        @Override
        public JsonArray getArray(String key) {
            return parsed.getArray(key);
        }

        @Override
        public boolean getBoolean(String key) {
            return parsed.getBoolean(key);
        }

        @Override
        public double getNumber(String key) {
            return parsed.getNumber(key);
        }

        @Override
        public JsonObject getObject(String key) {
            return parsed.getObject(key);
        }

        @Override
        public String getString(String key) {
            return parsed.getString(key);
        }

        @Override
        public String[] keys() {
            return parsed.keys();
        }

        @Override
        public void put(String key, JsonValue value) {
            parsed.put(key, value);
            writeBack();
        }

        @Override
        public void put(String key, String value) {
            parsed.put(key, value);
            writeBack();
        }

        @Override
        public void put(String key, double value) {
            parsed.put(key, value);
            writeBack();
        }

        @Override
        public void put(String key, boolean value) {
            parsed.put(key, value);
            writeBack();
        }

        @Override
        public boolean hasKey(String key) {
            return parsed.hasKey(key);
        }

        @Override
        public void remove(String key) {
            parsed.remove(key);
            writeBack();
        }

        @Override
        public boolean asBoolean() {
            return parsed.asBoolean();
        }

        @Override
        public double asNumber() {
            return parsed.asNumber();
        }

        @Override
        public String asString() {
            return parsed.asString();
        }

        @Override
        public JsonType getType() {
            return parsed.getType();
        }

        @Override
        public String toJson() {
            return parsed.toJson();
        }

        @Override
        public boolean jsEquals(JsonValue value) {
            return parsed.jsEquals(value);
        }

        @Override
        public Object toNative() {
            return parsed.toNative();
        }

        @Override
        public String toString() {
            return parsed.toJson();
        }
    }
}
