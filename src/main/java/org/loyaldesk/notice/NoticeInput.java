package org.loyaldesk.notice;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** What a lead sends to post a notice. Write it in Dutch, English or both; each language needs a title and a text. */
public record NoticeInput(
    @Schema(description = "info (default), warning or outage", example = "outage") String severity,
    @Schema(example = "Storing bij het afrekenen") String titleNl,
    @Schema(example = "Betalen met iDEAL lukt nu niet. We werken aan een oplossing.") String textNl,
    @Schema(example = "Checkout disruption") String titleEn,
    @Schema(example = "Paying with iDEAL does not work right now. We are working on a fix.") String textEn,
    @Schema(description = "when customers start seeing it; now when left out") Instant from,
    @Schema(description = "when it disappears by itself; shown until ended when left out") Instant until,
    @Schema(description = "only customers who ordered one of these products see it; everyone when empty",
        example = "[\"KK-ESP-200\"]") List<String> skus) {
}
