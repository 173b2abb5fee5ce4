package org.loyaldesk.proactive;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** What a lead sends to declare an incident, by hand or from a spike. */
public record IncidentInput(
    @Schema(example = "Snelkookpan KK-ESP-200: deksel sluit niet") String title,
    @Schema(description = "the products it concerns; their owners are warned", example = "[\"KK-ESP-200\"]")
    List<String> skus,
    @Schema(description = "words that recognise a conversation about it; from the spike when left out",
        example = "[\"deksel\", \"lekt\"]") List<String> words,
    @Schema(example = "Bij een deel van de snelkookpannen sluit het deksel niet goed. We sturen u een nieuw deksel.")
    String noticeNl,
    @Schema(example = "On some pressure cookers the lid does not close properly. We will send you a new lid.")
    String noticeEn,
    @Schema(description = "the spike this confirms, if any") Long spikeId) {
}
