package org.loyaldesk.conversation;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.loyaldesk.platform.AdminSettings;
import org.loyaldesk.platform.AuditLog;
import org.loyaldesk.platform.NotFoundException;
import org.loyaldesk.platform.RuleViolationException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Why customers contact us: the configured list ({@code loyaldesk.contact-reasons}) until an admin edits it
 * in the settings screen. The codes are stable; the labels of the shipped codes come from the message
 * bundles (key {@code reason.<code>}), a reason an admin added carries the label they typed.
 */
@Component
public class ContactReasons {

    static final String SETTING = "contact-reasons";
    static final int MOST = 30;
    static final int LONGEST_LABEL = 60;

    private final AdminSettings settings;
    private final AuditLog audit;
    private final List<String> configured;

    ContactReasons(AdminSettings settings, AuditLog audit,
                   @Value("${loyaldesk.contact-reasons:order-status,delivery,return-refund,payment,product-defect,"
                       + "account,service-complaint,other}") List<String> codes) {
        this.settings = settings;
        this.audit = audit;
        this.configured = codes.stream().map(String::trim).filter(code -> !code.isEmpty()).toList();
    }

    /** The codes an agent can pick, in the order they are shown. */
    @Transactional(readOnly = true)
    public List<String> codes() {
        return List.copyOf(reasons().keySet());
    }

    /** The label an admin typed for a reason they added; empty for a configured reason (its label is in the bundles). */
    @Transactional(readOnly = true)
    public Optional<String> label(String code) {
        return Optional.ofNullable(reasons().get(code)).filter(label -> !label.isEmpty());
    }

    /** Adds a reason by its label; its code is made from the label. Returns the code. */
    @Transactional
    public String add(String label) {
        String clean = label == null ? "" : label.strip();
        if (clean.isEmpty() || clean.length() > LONGEST_LABEL || clean.chars().anyMatch(Character::isISOControl)) {
            throw new RuleViolationException("reason-label", "A contact reason is 1 to " + LONGEST_LABEL
                + " characters on one line");
        }
        Map<String, String> reasons = reasons();
        if (reasons.size() >= MOST) {
            throw new RuleViolationException("reason-too-many", "There are at most " + MOST + " contact reasons");
        }
        String code = code(clean);
        if (reasons.containsKey(code)) {
            throw new RuleViolationException("reason-exists", "That contact reason exists already");
        }
        reasons.put(code, clean);
        store(reasons);
        audit.record("settings.reason-added", "contact-reason", code, clean);
        return code;
    }

    /** Takes a reason off the list; conversations that have it keep it. */
    @Transactional
    public void remove(String code) {
        Map<String, String> reasons = reasons();
        if (reasons.remove(code) == null) {
            throw new NotFoundException("Contact reason", code);
        }
        if (reasons.isEmpty()) {
            throw new RuleViolationException("reason-last", "Keep at least one contact reason");
        }
        store(reasons);
        audit.record("settings.reason-removed", "contact-reason", code, null);
    }

    /** The code for a label: lower-case letters, digits and hyphens, as the shipped codes are. */
    static String code(String label) {
        String plain = Normalizer.normalize(label, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (plain.length() > 48) {
            plain = plain.substring(0, 48).replaceAll("-$", "");
        }
        // a label in a script without Latin letters still needs a code; the hash keeps it stable
        return plain.isEmpty() ? "reason-" + Integer.toHexString(label.hashCode()) : plain;
    }

    private Map<String, String> reasons() {
        return settings.chosen(SETTING).map(ContactReasons::parse).orElseGet(() -> configured.stream()
            .collect(Collectors.toMap(code -> code, code -> "", (a, b) -> a, LinkedHashMap::new)));
    }

    /** One reason a line, {@code code<TAB>label}; the label is empty for a configured reason. */
    private void store(Map<String, String> reasons) {
        settings.choose(SETTING, reasons.entrySet().stream().map(reason -> reason.getKey() + "\t" + reason.getValue())
            .collect(Collectors.joining("\n")));
    }

    private static Map<String, String> parse(String value) {
        Map<String, String> reasons = new LinkedHashMap<>();
        for (String line : value.split("\n")) {
            String[] parts = line.split("\t", 2);
            reasons.put(parts[0], parts.length > 1 ? parts[1] : "");
        }
        return reasons;
    }
}
