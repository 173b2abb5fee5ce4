package org.loyaldesk.text.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.loyaldesk.text.Explanation;
import org.loyaldesk.text.ReasonSuggestion;
import org.loyaldesk.text.TextAnalysis;
import org.loyaldesk.text.TextAnalyzer;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Analyses a text as Loyaldesk analyses every inbound message. */
@RestController
@Tag(name = "Text analysis")
class TextAnalysisApi {

    private final TextAnalyzer analyzer;

    TextAnalysisApi(TextAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** Up to a megabyte of characters is accepted; only the start of a long text is read. */
    record AnalyzeRequest(@NotNull @Size(max = 1_048_576) String text, @Size(max = 35) String language) {
    }

    record Analysis(String language, double sentiment, double anger, ReasonSuggestion contactReason,
                    Explanation explanation) {
    }

    @Operation(summary = "Language, sentiment, anger and contact reason of a text",
        description = "Scores only what the customer wrote now: quoted history and signature are left out, HTML is "
            + "reduced to its text. sentiment runs from -1 to 1, anger from 0 to 1 (0.5 and above counts as angry). "
            + "language is the caller's hint for short texts; the analysis answers nl, en or other.")
    @PostMapping("/api/v1/text/analyze")
    Analysis analyze(@Valid @RequestBody AnalyzeRequest request) {
        TextAnalysis analysis = analyzer.analyze(request.text(), request.language());
        return new Analysis(analysis.language().code(), analysis.sentiment(), analysis.anger(), analysis.contactReason(),
            analysis.explanation());
    }
}
