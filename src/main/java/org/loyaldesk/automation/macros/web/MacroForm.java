package org.loyaldesk.automation.macros.web;

import org.loyaldesk.automation.macros.Macro;
import org.loyaldesk.automation.macros.MacroInput;

/** The macro form's fields as typed, so that a refused form comes back as the agent left it. */
public record MacroForm(String name, Boolean shared, String suggestFor, String textNl, String textEn, String status,
                        String priority, String contactReason, String tags) {

    static MacroForm empty() {
        return new MacroForm("", false, "", "", "", "", "", "", "");
    }

    static MacroForm of(Macro macro) {
        var actions = macro.actions();
        return new MacroForm(macro.name(), macro.isShared(), macro.suggestFor(), macro.textNl(), macro.textEn(),
            actions.status() == null ? "" : actions.status().code(),
            actions.priority() == null ? "" : actions.priority().code(), actions.contactReason(),
            String.join(", ", actions.tags()));
    }

    MacroInput input() {
        return new MacroInput(name, Boolean.TRUE.equals(shared), suggestFor, textNl, textEn, status, priority,
            contactReason, MacroInput.splitTags(tags));
    }

    public boolean isShared() {
        return Boolean.TRUE.equals(shared);
    }
}
