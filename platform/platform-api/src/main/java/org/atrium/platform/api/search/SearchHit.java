package org.atrium.platform.api.search;

/**
 * One result of the global search.
 *
 * @param title     the main line, e.g. a customer's name
 * @param detail    a second line, e.g. code and owner, or {@code null}
 * @param viewId    the navigation view that opens the record
 * @param parameter the parameter for that view, usually the record id
 */
public record SearchHit(String title, String detail, String viewId, String parameter) {
}
