package org.loyaldesk.proactive;

import io.swagger.v3.oas.annotations.media.Schema;

/** What every linked conversation is told when the incident is fixed, and where the fix can be seen. */
public record ResolutionInput(
    @Schema(example = "Het nieuwe deksel is onderweg; de fout zit niet meer in nieuwe pannen.") String resolutionNl,
    @Schema(example = "The new lid is on its way; new pressure cookers no longer have the fault.") String resolutionEn,
    @Schema(description = "an http(s) address that shows the fix (proof of improvement)",
        example = "https://shop.example/recall/kk-esp-200") String fixLink) {
}
