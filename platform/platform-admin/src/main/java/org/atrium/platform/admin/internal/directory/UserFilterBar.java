package org.atrium.platform.admin.internal.directory;

import java.util.List;

import com.vaadin.shared.ui.ValueChangeMode;
import com.vaadin.ui.CheckBox;
import com.vaadin.ui.ComboBox;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.TextField;
import org.atrium.platform.admin.internal.Labels;
import org.atrium.platform.admin.internal.Texts;
import org.atrium.platform.api.org.OrgUnit;

/** Text, unit and (for admins) show-disabled filters over a user grid. */
public final class UserFilterBar extends CssLayout {

    private static final long serialVersionUID = 1L;

    /** Receives the filter whenever it changes. */
    @FunctionalInterface
    public interface Listener {
        /** @param unitId the chosen unit, or {@code null} for all */
        void filterChanged(String text, Long unitId, boolean includeDisabled);
    }

    private final TextField text = new TextField();
    private final ComboBox<OrgUnit> unit = new ComboBox<>();
    private final CheckBox disabled = new CheckBox();

    /** @param withDisabled whether the show-disabled box is offered */
    public UserFilterBar(Texts texts, List<OrgUnit> units, boolean withDisabled, Listener listener) {
        text.setPlaceholder(texts.get("user.filter.text"));
        // no inline icon: a CssLayout renders icons as separate captions, outside the field
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setWidth("240px");
        unit.setPlaceholder(texts.get("user.filter.unit"));
        unit.setItems(units);
        unit.setItemCaptionGenerator(Labels::indented);
        unit.setWidth("240px");
        disabled.setCaption(texts.get("user.filter.disabled"));
        disabled.setVisible(withDisabled);
        Runnable changed = () -> listener.filterChanged(text.getValue(),
                unit.getValue() == null ? null : unit.getValue().id(), disabled.getValue());
        text.addValueChangeListener(e -> changed.run());
        unit.addValueChangeListener(e -> changed.run());
        disabled.addValueChangeListener(e -> changed.run());
        addComponents(text, unit, disabled);
        // a wrapping row (theme): on a phone the filters stack instead of widening the page
        addStyleName("atrium-filter-bar");
    }
}
