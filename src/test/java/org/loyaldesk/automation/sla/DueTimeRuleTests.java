package org.loyaldesk.automation.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.loyaldesk.conversation.ConversationClock;
import org.loyaldesk.conversation.ConversationStatus;
import org.loyaldesk.conversation.Priority;
import org.loyaldesk.platform.Channel;

/** The SLA clock on a fixed calendar and fixed moments: Ascension Day 2026 is Thursday 14 May. */
class DueTimeRuleTests {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final BusinessCalendar OFFICE = new BusinessCalendar(AMSTERDAM, weekdays("09:00", "17:00"),
        new DutchHolidays(false, LiberationDay.EVERY_FIVE_YEARS), Set.of());
    private static final SlaPolicy POLICY = new SlaPolicy(null, Priority.NORMAL, null, Duration.ofHours(4),
        Duration.ofHours(2), Duration.ofHours(8));

    @Test
    void aQuestionOnTheEveOfAscensionDayIsDueTheDayAfterWithAWarningAtEightyPercent() {
        ConversationClock question = clock(ConversationStatus.NEW, at("2026-05-13T16:00"), null, at("2026-05-13T16:00"));

        SlaClock due = DueTimeRule.next(question, SlaClock.fresh(1), POLICY, OFFICE, 80, at("2026-05-13T16:00"));

        // one hour on Wednesday, Thursday is a holiday, three hours on Friday
        assertThat(due.target()).isEqualTo(SlaTarget.FIRST_REPLY);
        assertThat(due.dueAt()).isEqualTo(at("2026-05-15T12:00"));
        assertThat(due.warnAt()).isEqualTo(at("2026-05-15T11:12"));
        assertThat(due.checkAt()).isEqualTo(due.warnAt());
    }

    @Test
    void theClockStandsStillWhileTheConversationWaitsForTheCustomer() {
        Instant opened = at("2026-05-13T16:00");
        SlaClock running = DueTimeRule.next(clock(ConversationStatus.NEW, opened, null, opened), SlaClock.fresh(1),
            POLICY, OFFICE, 80, opened);
        // we answered at 16:30 and wait for the customer: nothing is due
        SlaClock paused = DueTimeRule.next(clock(ConversationStatus.PENDING, opened, at("2026-05-13T16:30"), null),
            running, POLICY, OFFICE, 80, at("2026-05-13T16:30"));
        assertThat(paused.dueAt()).isNull();
        assertThat(paused.checkAt()).isNull();

        // the customer writes on Friday at 10:00: half an hour on Wednesday and an hour on Friday stood still
        Instant wrote = at("2026-05-15T10:00");
        SlaClock resumed = DueTimeRule.next(clock(ConversationStatus.OPEN, opened, at("2026-05-13T16:30"), wrote),
            paused, POLICY, OFFICE, 80, wrote);

        assertThat(resumed.paused()).isEqualTo(Duration.ofMinutes(90));
        assertThat(resumed.target()).isEqualTo(SlaTarget.NEXT_REPLY);
        assertThat(resumed.dueAt()).isEqualTo(at("2026-05-15T12:00"));
        SlaClock answered = DueTimeRule.next(clock(ConversationStatus.OPEN, opened, at("2026-05-13T16:30"), null),
            resumed, POLICY, OFFICE, 80, at("2026-05-15T11:00"));
        // resolution: 8 h + 1.5 h paused from Wednesday 16:00 = 1 h Wed, 8 h Fri, 0.5 h Monday
        assertThat(answered.target()).isEqualTo(SlaTarget.RESOLUTION);
        assertThat(answered.dueAt()).isEqualTo(at("2026-05-18T09:30"));
    }

    @Test
    void aWarningAlreadyRaisedIsNotRaisedAgainForTheSameDeadline() {
        Instant opened = at("2026-05-12T09:00");
        ConversationClock question = clock(ConversationStatus.NEW, opened, null, opened);
        SlaClock warned = DueTimeRule.next(question, SlaClock.fresh(1), POLICY, OFFICE, 80, opened).warningRaised();

        SlaClock again = DueTimeRule.next(question, warned, POLICY, OFFICE, 80, at("2026-05-12T12:00"));

        assertThat(again.warned()).isTrue();
        assertThat(again.checkAt()).isEqualTo(at("2026-05-12T13:00"));
    }

    @Test
    void solvedConversationsAndThoseWithoutAPolicyAreNotDue() {
        Instant opened = at("2026-05-12T09:00");
        ConversationClock solved = new ConversationClock(1, "s", ConversationStatus.SOLVED, false, false,
            Priority.NORMAL, Channel.EMAIL, null, null, null, opened, opened, null);

        assertThat(DueTimeRule.next(solved, SlaClock.fresh(1), POLICY, OFFICE, 80, opened).dueAt()).isNull();
        assertThat(DueTimeRule.next(clock(ConversationStatus.NEW, opened, null, opened), SlaClock.fresh(1), null,
            OFFICE, 80, opened).dueAt()).isNull();
    }

    @Test
    void dutchHolidaysFollowEasterAndKingsDayMovesToSaturday() {
        assertThat(Easter.sunday(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(Easter.sunday(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
        assertThat(Easter.sunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(Easter.sunday(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
        assertThat(DutchHolidays.kingsDay(2025)).isEqualTo(LocalDate.of(2025, 4, 26));
        assertThat(DutchHolidays.kingsDay(2026)).isEqualTo(LocalDate.of(2026, 4, 27));

        DutchHolidays lustrum = new DutchHolidays(false, LiberationDay.EVERY_FIVE_YEARS);
        DutchHolidays yearly = new DutchHolidays(true, LiberationDay.EVERY_YEAR);
        assertThat(lustrum.in(2025)).contains(LocalDate.of(2025, 5, 5), LocalDate.of(2025, 5, 29),
            LocalDate.of(2025, 6, 8), LocalDate.of(2025, 6, 9), LocalDate.of(2025, 4, 21))
            .doesNotContain(LocalDate.of(2025, 4, 18));
        assertThat(lustrum.in(2026)).doesNotContain(LocalDate.of(2026, 5, 5));
        assertThat(yearly.in(2026)).contains(LocalDate.of(2026, 5, 5), LocalDate.of(2026, 4, 3));
    }

    @Test
    void aTeamThatWorksAllDayCountsEveryMinute() {
        Map<DayOfWeek, OpeningHours> always = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            always.put(day, new OpeningHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT));
        }
        BusinessCalendar allDay = new BusinessCalendar(AMSTERDAM, always, null, Set.of());

        assertThat(allDay.plus(at("2026-05-16T23:30"), Duration.ofHours(1))).isEqualTo(at("2026-05-17T00:30"));
        assertThat(allDay.between(at("2026-05-16T23:30"), at("2026-05-17T00:30"))).isEqualTo(Duration.ofHours(1));
    }

    private static ConversationClock clock(ConversationStatus status, Instant created, Instant firstResponse,
                                           Instant awaiting) {
        return new ConversationClock(1, "Waar is mijn pakket?", status, true, false, Priority.NORMAL, Channel.EMAIL,
            null, null, null, created, firstResponse, awaiting);
    }

    private static Map<DayOfWeek, OpeningHours> weekdays(String opens, String closes) {
        Map<DayOfWeek, OpeningHours> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.getValue() <= 5) {
                week.put(day, new OpeningHours(LocalTime.parse(opens), LocalTime.parse(closes)));
            }
        }
        return week;
    }

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(AMSTERDAM).toInstant();
    }
}
