package org.loyaldesk.channel.email.automatic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The machine-readable part of an RFC 3464 delivery status notification: a block of fields about
 * the reporting server, then one block per recipient (Final-Recipient, Action, Status,
 * Diagnostic-Code), blocks separated by blank lines.
 */
final class DeliveryStatus {

    private DeliveryStatus() {
    }

    static List<FailedRecipient> recipients(String report) {
        List<FailedRecipient> recipients = new ArrayList<>();
        for (Map<String, String> block : blocks(report)) {
            String recipient = block.getOrDefault("final-recipient", block.getOrDefault("original-recipient", ""));
            if (recipient.isEmpty()) {
                continue; // the per-message block
            }
            String action = block.getOrDefault("action", "").toLowerCase(Locale.ROOT);
            if (action.equals("failed") || action.equals("delayed")) {
                recipients.add(new FailedRecipient(address(recipient), action, status(block.getOrDefault("status", "")),
                    block.getOrDefault("diagnostic-code", "").replaceFirst("(?i)^smtp\\s*;\\s*", "")));
            }
        }
        return recipients;
    }

    /** "rfc822; jan@example.nl" is "jan@example.nl". */
    private static String address(String typed) {
        int semicolon = typed.indexOf(';');
        return typed.substring(semicolon + 1).strip().replaceAll("^<|>$", "");
    }

    private static String status(String status) {
        return status.strip().split("\\s", 2)[0];
    }

    private static List<Map<String, String>> blocks(String report) {
        List<Map<String, String>> blocks = new ArrayList<>();
        Map<String, String> block = new LinkedHashMap<>();
        String lastName = null;
        for (String line : report.split("\\r?\\n")) {
            if (line.isBlank()) {
                if (!block.isEmpty()) {
                    blocks.add(block);
                    block = new LinkedHashMap<>();
                }
                lastName = null;
            } else if ((line.startsWith(" ") || line.startsWith("\t")) && lastName != null) {
                block.merge(lastName, " " + line.strip(), String::concat);
            } else if (line.indexOf(':') > 0) {
                lastName = line.substring(0, line.indexOf(':')).strip().toLowerCase(Locale.ROOT);
                block.putIfAbsent(lastName, line.substring(line.indexOf(':') + 1).strip());
            }
        }
        if (!block.isEmpty()) {
            blocks.add(block);
        }
        return blocks;
    }
}
