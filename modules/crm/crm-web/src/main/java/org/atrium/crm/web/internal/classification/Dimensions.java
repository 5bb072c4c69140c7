package org.atrium.crm.web.internal.classification;

import java.util.List;

import org.atrium.crm.api.customer.ClassificationDimension;
import org.atrium.crm.api.customer.ClassificationService;
import org.atrium.platform.api.AccessDeniedException;
import org.atrium.shell.api.ShellContext;

/** The classification dimensions a customer view shows, read once per view. */
public final class Dimensions {

    private Dimensions() {
    }

    /**
     * @param service the service, or {@code null} while none is registered
     * @return every dimension (deactivated ones included), or none when the service is missing or
     *         refuses the user: the views then work without classification fields
     */
    public static List<ClassificationDimension> of(ShellContext context, ClassificationService service) {
        if (service == null) {
            return List.of();
        }
        try {
            return service.dimensions(context.user());
        } catch (AccessDeniedException e) {
            return List.of();
        }
    }
}
