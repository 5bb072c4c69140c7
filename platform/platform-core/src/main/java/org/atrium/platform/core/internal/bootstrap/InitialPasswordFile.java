package org.atrium.platform.core.internal.bootstrap;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.atrium.platform.core.internal.PlatformStore;
import org.atrium.platform.core.internal.persistence.SettingEntity;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code ${karaf.data}/atrium/admin-initial-password.txt}: the first admin's one-time password,
 * readable by its owner only, deleted as soon as the admin chooses a password.
 */
@Component(service = InitialPasswordFile.class)
public final class InitialPasswordFile {

    /** The setting that holds the id of the admin created at first start. */
    static final String ADMIN_SETTING = "bootstrap.admin.id";

    private static final Logger LOG = LoggerFactory.getLogger(InitialPasswordFile.class);

    private final Path file;
    private final PlatformStore store;

    @Activate
    public InitialPasswordFile(BundleContext context, @Reference PlatformStore store) {
        this(dataDirectory(context).resolve("atrium").resolve("admin-initial-password.txt"), store);
    }

    public InitialPasswordFile(Path file, PlatformStore store) {
        this.file = file;
        this.store = store;
    }

    /** @return Karaf's data directory, where Atrium keeps its files */
    public static Path dataDirectory(BundleContext context) {
        String data = context.getProperty("karaf.data");
        return Path.of(data == null ? "data" : data);
    }

    public Path path() {
        return file;
    }

    /** Writes the password into a file created with owner-only permissions before anything is written. */
    void write(String password) throws IOException {
        Files.createDirectories(file.getParent());
        Files.deleteIfExists(file);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(file);
            file.toFile().setReadable(false, false);
            file.toFile().setReadable(true, true);
            file.toFile().setWritable(false, false);
            file.toFile().setWritable(true, true);
        }
        Files.writeString(file, password + System.lineSeparator(), StandardCharsets.UTF_8);
    }

    /** Deletes the file when the user who changed the password is the first admin. */
    public void passwordChanged(long userId) {
        SettingEntity admin = store.jpa().read(em -> em.find(SettingEntity.class, ADMIN_SETTING));
        if (admin == null || !String.valueOf(userId).equals(admin.getValue())) {
            return;
        }
        try {
            if (Files.deleteIfExists(file)) {
                LOG.info("The admin chose a password; deleted {}", file);
            }
        } catch (IOException e) {
            LOG.warn("Could not delete {}: {}", file, e.getMessage());
        }
    }
}
