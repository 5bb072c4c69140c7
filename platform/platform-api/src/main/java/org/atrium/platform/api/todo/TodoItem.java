package org.atrium.platform.api.todo;

import java.time.LocalDate;

/**
 * One thing waiting for the user.
 *
 * @param title     what to do, in the user's language, e.g. 审批：张伟的费用报销
 * @param detail    one line of context, or {@code null}
 * @param due       when it is due, or {@code null}
 * @param viewId    the navigation view that opens it
 * @param parameter the parameter for that view, e.g. a record id, or {@code null}
 */
public record TodoItem(String title, String detail, LocalDate due, String viewId, String parameter) {
}
