package org.loyaldesk.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * How text becomes search terms, for every index of Loyaldesk (conversations, articles). A text
 * is indexed twice: plainly (lower case, accents folded) for exact words, phrases and typos, and
 * with the stemming of its own language. Dutch also splits compounds into the parts it knows, so
 * "retourzending" is found by "retour". The query side stems the same way but never splits: a
 * query for "retourzending" should not find every "zending".
 *
 * <p>The language is chosen by the field's name: a field ending in {@value #DUTCH} is analysed as
 * Dutch, one ending in {@value #ENGLISH} as English, any other plainly.
 */
public final class SearchAnalysis {

    public static final String DUTCH = "_nl";
    public static final String ENGLISH = "_en";

    private static final int MIN_COMPOUND = 6;
    private static final int MIN_PART = 3;
    private static final int MAX_PART = 15;

    private final CharArraySet compoundParts = new CharArraySet(readParts(), false);
    private final Analyzer plain = analyzer(this::plain);
    private final Analyzer dutchQuery = analyzer(source -> dutch(source, false));
    private final Analyzer englishQuery = analyzer(SearchAnalysis::english);
    private final Analyzer dutchIndexing = analyzer(source -> dutch(source, true));
    private final Analyzer indexing = new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
        @Override
        protected Analyzer getWrappedAnalyzer(String fieldName) {
            if (fieldName.endsWith(DUTCH)) {
                return dutchIndexing;
            }
            return fieldName.endsWith(ENGLISH) ? englishQuery : plain;
        }
    };

    /** Per field, as documents are indexed and as the highlighter reads them back. */
    public Analyzer indexing() {
        return indexing;
    }

    public List<String> plainTerms(String text) {
        return terms(plain, "text", text);
    }

    public List<String> dutchTerms(String word) {
        return terms(dutchQuery, "text" + DUTCH, word);
    }

    public List<String> englishTerms(String word) {
        return terms(englishQuery, "text" + ENGLISH, word);
    }

    private TokenStream plain(Tokenizer source) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(source));
    }

    private TokenStream dutch(Tokenizer source, boolean splitCompounds) {
        TokenStream stream = new StopFilter(new LowerCaseFilter(source), DutchAnalyzer.getDefaultStopSet());
        if (splitCompounds) {
            stream = new DictionaryCompoundWordTokenFilter(stream, compoundParts, MIN_COMPOUND, MIN_PART, MAX_PART, false);
        }
        return new ASCIIFoldingFilter(new SnowballFilter(stream, new DutchStemmer()));
    }

    private static TokenStream english(Tokenizer source) {
        TokenStream stream = new LowerCaseFilter(new EnglishPossessiveFilter(source));
        stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        return new ASCIIFoldingFilter(new PorterStemFilter(stream));
    }

    private static List<String> terms(Analyzer analyzer, String field, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    private static Analyzer analyzer(java.util.function.Function<Tokenizer, TokenStream> filters) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, filters.apply(source));
            }
        };
    }

    /** The Dutch words that compounds in customer service are made of (see the resource for why these). */
    private static List<String> readParts() {
        try (InputStream in = SearchAnalysis.class.getResourceAsStream("/text/dutch-compound-parts.txt")) {
            if (in == null) {
                throw new IllegalStateException("text/dutch-compound-parts.txt is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::trim)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
