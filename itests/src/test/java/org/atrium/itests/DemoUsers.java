package org.atrium.itests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The demo logins the platform lists in {@code data/atrium/demo-users.txt} (tab-separated login,
 * name, unit, role after a header line), with the picks the browser tests need. The unit and role
 * names are the ones platform-core's demo group writes.
 */
final class DemoUsers {

    /** One demo user. */
    record DemoUser(String login, String name, String unit, String role) {
    }

    /** Departments only the subsidiaries have (the headquarters' departments are named differently). */
    private static final Set<String> SUBSIDIARY_DEPARTMENTS = Set.of("销售一部", "销售二部", "客服部");
    private static final String EMPLOYEE = "普通员工";
    private static final String SUBSIDIARY_MANAGER = "子公司总经理";
    private static final String GROUP_EXECUTIVE = "集团管理层";

    private final List<DemoUser> users;

    private DemoUsers(List<DemoUser> users) {
        this.users = users;
    }

    static DemoUsers read(Path file) throws IOException {
        List<DemoUser> users = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split("\t"))
                .filter(fields -> fields.length == 4)
                .map(fields -> new DemoUser(fields[0], fields[1], fields[2], fields[3]))
                .toList();
        if (users.isEmpty()) {
            throw new IllegalStateException("no demo users in " + file);
        }
        return new DemoUsers(users);
    }

    /** Ordinary employees (directory scope: themselves) of a subsidiary's sales or service department. */
    List<DemoUser> subsidiaryEmployees() {
        return matching(u -> u.role().equals(EMPLOYEE) && SUBSIDIARY_DEPARTMENTS.contains(u.unit()));
    }

    /** The general managers of the subsidiaries (directory scope: their company), in the demo's order. */
    List<DemoUser> subsidiaryManagers() {
        return matching(u -> u.role().equals(SUBSIDIARY_MANAGER));
    }

    /** The group executives at the headquarters (directory scope: the whole group). */
    List<DemoUser> groupExecutives() {
        return matching(u -> u.role().equals(GROUP_EXECUTIVE));
    }

    /** Whether the text occurs in no login but this user's: a directory search for it finds this user alone. */
    boolean loginIsUnique(DemoUser user) {
        return users.stream().filter(u -> u != user).noneMatch(u -> u.login().contains(user.login()));
    }

    private List<DemoUser> matching(Predicate<DemoUser> predicate) {
        List<DemoUser> found = users.stream().filter(predicate).toList();
        if (found.isEmpty()) {
            throw new IllegalStateException("the demo group has no such user; has platform-core's demo changed?");
        }
        return found;
    }
}
