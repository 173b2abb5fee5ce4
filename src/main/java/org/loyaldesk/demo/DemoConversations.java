package org.loyaldesk.demo;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.loyaldesk.conversation.ConversationHistoryImport;
import org.loyaldesk.conversation.ConversationStatus;
import org.loyaldesk.conversation.ImportedConversation;
import org.loyaldesk.conversation.ImportedConversation.Entry;
import org.loyaldesk.conversation.Priority;
import org.loyaldesk.identity.AgentSummary;
import org.loyaldesk.platform.Channel;
import org.loyaldesk.platform.Language;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Turns the scenarios into a history of conversations for every demo customer. */
final class DemoConversations {

    private final Map<String, Scenario> scenarios;
    private final List<Scenario> weighted = new ArrayList<>();
    private final DemoStaff staff;
    private final Random random;
    private final Instant now;
    private final List<Played> played = new ArrayList<>();

    /** A conversation the demo made, for the demo's survey answers, churn and recovery. */
    record Played(long conversationId, String scenario, DemoCustomers.Shopper shopper, ConversationStatus status,
                  Instant end) {
    }

    DemoConversations(JsonMapper json, DemoStaff staff, Random random, Instant now) {
        try (InputStream in = DemoConversations.class.getResourceAsStream("/demo/scenarios.json")) {
            List<Scenario> all = json.readValue(in, new TypeReference<List<Scenario>>() { });
            this.scenarios = all.stream().collect(Collectors.toMap(Scenario::key, Function.identity()));
            all.forEach(scenario -> {
                for (int i = 0; i < scenario.weight(); i++) {
                    weighted.add(scenario);
                }
            });
        } catch (IOException e) {
            throw new IllegalStateException("The demo scenarios cannot be read", e);
        }
        this.staff = staff;
        this.random = random;
        this.now = now;
    }

    /** About four conversations per customer, some of them repeat contacts about the same problem. */
    int create(ConversationHistoryImport importer, List<DemoCustomers.Shopper> shoppers) {
        int created = 0;
        for (DemoCustomers.Shopper shopper : shoppers) {
            int count = 2 + random.nextInt(5);
            for (int i = 0; i < count; i++) {
                Scenario scenario = weighted.get(random.nextInt(weighted.size()));
                Instant end = play(importer, scenario, shopper, start(scenario, shopper), null);
                created++;
                if (scenario.followUp() != null) {
                    play(importer, scenarios.get(scenario.followUp().key()), shopper,
                        end.plus(Scenario.duration(scenario.followUp().after())), null);
                    created++;
                }
            }
        }
        return created;
    }

    /** Active conversations happened in the last days; finished ones any time in the last two months. */
    private Instant start(Scenario scenario, DemoCustomers.Shopper shopper) {
        Duration length = scenario.length(script(scenario, shopper));
        if (scenario.followUp() != null) {
            Scenario next = scenarios.get(scenario.followUp().key());
            length = length.plus(Scenario.duration(scenario.followUp().after())).plus(next.length(script(next, shopper)));
        }
        boolean active = ConversationStatus.fromCode(scenario.status()).isActive();
        Duration slack = active ? Duration.ofMinutes(15 + random.nextInt(60 * 48))
            : Duration.ofHours(6 + random.nextInt(24 * 55));
        return now.minus(length).minus(slack);
    }

    private Instant play(ConversationHistoryImport importer, Scenario scenario, DemoCustomers.Shopper shopper,
                         Instant start, Long previous) {
        Scenario.Script script = script(scenario, shopper);
        Channel channel = Channel.fromCode(scenario.channel()).orElseThrow();
        AgentSummary frontAgent = pick(staff.agentsByTeam.get(DemoStaff.FRONT_TEAM));
        int order = random.nextInt(shopper.orders().size());
        Map<String, String> values = Map.of("{name}", shopper.firstName(), "{order}", shopper.orders().get(order),
            "{product}", shopper.bought().get(order).name(), "{agent}", frontAgent.name().split(" ")[0]);
        List<Entry> entries = new ArrayList<>();
        Instant at = start;
        AgentSummary handler = null;
        Long teamId = null;
        for (Scenario.Step step : script.steps()) {
            at = at.plus(Scenario.duration(step.after()));
            AgentSummary agent = step.team() == null ? frontAgent : staff.agentsByTeam.get(step.team()).getFirst();
            String text = fill(step.text(), values);
            switch (step.by()) {
                case "customer" -> entries.add(Entry.customer(channel, shopper.ref().displayName(), text, at));
                case "agent" -> {
                    entries.add(Entry.reply(channel, agent.id(), agent.name(), text, at));
                    handler = agent;
                    teamId = staff.team(step.team() == null ? DemoStaff.FRONT_TEAM : step.team()).id();
                }
                case "note" -> entries.add(Entry.note(channel, agent.id(), agent.name(), text, at));
                case "transfer" -> {
                    teamId = staff.team(step.team()).id();
                    entries.add(Entry.transfer(channel, agent.id(), agent.name(), text, null, teamId, at));
                    handler = null;
                }
                default -> throw new IllegalArgumentException("Unknown step kind " + step.by());
            }
        }
        ConversationStatus status = ConversationStatus.fromCode(scenario.status());
        long conversationId = importer.importConversation(new ImportedConversation(shopper.ref().id(), fill(script.subject(), values), channel,
            status, scenario.priority() == null ? Priority.NORMAL : Priority.fromCode(scenario.priority()),
            status == ConversationStatus.NEW || handler == null ? null : handler.id(), teamId, scenario.reason(),
            scenario.tags(), previous, 0, entries));
        played.add(new Played(conversationId, scenario.key(), shopper, status, at));
        return at;
    }

    List<Played> played() {
        return List.copyOf(played);
    }

    private static Scenario.Script script(Scenario scenario, DemoCustomers.Shopper shopper) {
        return shopper.language() == Language.NL ? scenario.nl() : scenario.en();
    }

    private static String fill(String text, Map<String, String> values) {
        String filled = text;
        for (Map.Entry<String, String> value : values.entrySet()) {
            filled = filled.replace(value.getKey(), value.getValue());
        }
        return filled;
    }

    private <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }
}
