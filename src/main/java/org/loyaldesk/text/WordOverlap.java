package org.loyaldesk.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.LengthFilter;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * How much two short texts are about the same thing, by the content words they share: "my parcel never arrived"
 * and "where is the parcel" share "parcel", "the invoice is wrong" shares nothing with them. Words are stemmed
 * the Dutch and the English way both (a customer's language is not known here and the stems of one language do
 * no harm to the other), stop words of both languages and words under three letters are left out.
 */
public final class WordOverlap {

    private static final CharArraySet STOP_WORDS = stopWords();
    private static final Analyzer DUTCH = analyzer(true);
    private static final Analyzer ENGLISH = analyzer(false);

    private WordOverlap() {
    }

    /** The content words of a text, as compared by {@link #share}. */
    public static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        if (text == null || text.isBlank()) {
            return words;
        }
        collect(DUTCH, text, words);
        collect(ENGLISH, text, words);
        return words;
    }

    /**
     * How much of what a message says is found in another text: the share of the message's content words that
     * occur in it, from 0 to 1. One-sided on purpose: a conversation that said more than the message is not less
     * about it.
     */
    public static double share(Set<String> said, Set<String> in) {
        if (said.isEmpty()) {
            return 0;
        }
        return (double) said.stream().filter(in::contains).count() / said.size();
    }

    private static void collect(Analyzer analyzer, String text, Set<String> words) {
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                words.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Analyzer analyzer(boolean dutch) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new StopFilter(new LowerCaseFilter(source), STOP_WORDS);
                stream = new LengthFilter(stream, 3, 40);
                stream = dutch ? new SnowballFilter(stream, new DutchStemmer()) : new PorterStemFilter(stream);
                return new TokenStreamComponents(source, new ASCIIFoldingFilter(stream));
            }
        };
    }

    private static CharArraySet stopWords() {
        CharArraySet both = new CharArraySet(DutchAnalyzer.getDefaultStopSet(), false);
        both.addAll(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        // greetings and thanks open and close every message to a helpdesk: they tell no issue from another
        both.addAll(List.of("hallo", "hoi", "beste", "goedemorgen", "goedemiddag", "groet", "groeten",
            "vriendelijke", "bedankt", "dank", "alvast", "graag", "hello", "dear", "thanks", "thank", "regards",
            "please", "kind", "best"));
        // Lucene's English list is short: the words of a question that say nothing of its subject
        both.addAll(List.of("about", "have", "has", "had", "you", "your", "what", "when", "where", "why", "how",
            "can", "could", "would", "should", "still", "just", "get", "got", "from", "our", "been", "does", "did",
            "any", "all", "some", "more", "very", "also", "now", "today", "yet"));
        return CharArraySet.unmodifiableSet(both);
    }
}
