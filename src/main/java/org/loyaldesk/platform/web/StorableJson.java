package org.loyaldesk.platform.web;

import org.loyaldesk.platform.CleanedText;
import org.loyaldesk.platform.StorableText;
import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.annotation.Nulls;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * How the REST API reads JSON bodies, on top of the application's mapper: a string that the
 * database cannot keep (see {@link StorableText}) and a null inside an array ({@code "lines":[null]})
 * are refused while parsing, so the caller gets a 400 that names the field instead of a 500 from
 * deep inside. A body type marked {@link CleanedText} has such text cleaned instead. Only request bodies are read this way; events and stored JSON keep the plain mapper.
 */
@Component
class StorableJson implements ServerHttpMessageConvertersCustomizer {

    private final JsonMapper mapper;

    StorableJson(JsonMapper applicationMapper) {
        this.mapper = applicationMapper.rebuild()
            .addModule(new SimpleModule("storable-text").addDeserializer(String.class, new StorableStringDeserializer()))
            .changeDefaultNullHandling(handling -> handling.withContentNulls(Nulls.FAIL))
            .build();
    }

    @Override
    public void customize(HttpMessageConverters.ServerBuilder builder) {
        builder.withJsonConverter(new JacksonJsonHttpMessageConverter(mapper));
    }

    JsonMapper mapper() {
        return mapper;
    }

    private static final class StorableStringDeserializer extends StdScalarDeserializer<String> {

        private final boolean cleans;

        StorableStringDeserializer() {
            this(false);
        }

        private StorableStringDeserializer(boolean cleans) {
            super(String.class);
            this.cleans = cleans;
        }

        @Override
        public ValueDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
            boolean cleaned = property != null && property.getContextAnnotation(CleanedText.class) != null;
            return cleaned == cleans ? this : new StorableStringDeserializer(cleaned);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String text = StringDeserializer.instance.deserialize(parser, context);
            if (cleans) {
                return StorableText.of(text);
            }
            String problem = StorableText.problem(text);
            if (problem != null) {
                return (String) context.reportInputMismatch(this, "Text " + problem);
            }
            return text;
        }
    }
}
