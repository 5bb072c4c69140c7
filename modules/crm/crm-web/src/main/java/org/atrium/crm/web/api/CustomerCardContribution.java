package org.atrium.crm.web.api;

import java.util.Locale;

import org.atrium.shell.api.ShellContext;
import org.osgi.annotation.versioning.ConsumerType;

import com.vaadin.ui.Component;

/**
 * A summary card in the header area of the customer 360 page, e.g. 未结应收 ¥1,200,000 or
 * 进行中合同 3. The page draws the frame and the title; the card body should be small (one or two
 * lines, about 220 px wide). Register an implementation as an OSGi service.
 */
@ConsumerType
public interface CustomerCardContribution {

    /** @return a stable id, unique on the page, e.g. {@code receivable.open} */
    String id();

    /** @return the card title in the user's language */
    String title(Locale locale);

    /** @return the position among the cards, lower first */
    int order();

    /**
     * @return the permission a user needs to see the card, or {@code null} when everyone who may see
     *         the customer may
     */
    String requiredPermission();

    /**
     * Creates the card body for one user's page, on the UI thread.
     *
     * @param context    the user's shell context
     * @param customerId the customer shown
     * @return a new, small component
     */
    Component createCard(ShellContext context, long customerId);
}
