package io.ordercenter.platform.web;

import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * JSON is the API's only body format. ShardingSphere brings Jackson's XML and (through Calcite)
 * YAML modules onto the classpath, and Spring would otherwise read and write those too: a body
 * sent as {@code application/xml} would be parsed, and {@code Accept: application/xml} answered in
 * XML. Without those converters such a body is refused (unsupported media type, answered as the
 * service's problem+json) and such an Accept gets 406.
 */
public class JsonOnly implements WebMvcConfigurer {

    private static final List<String> OTHER_FORMATS = List.of("xml", "yaml", "smile", "cbor");

    @Override
    public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
        builder.configureMessageConvertersList(converters -> converters.removeIf(JsonOnly::otherFormat));
    }

    static boolean otherFormat(HttpMessageConverter<?> converter) {
        for (MediaType type : converter.getSupportedMediaTypes()) {
            String subtype = type.getSubtype();
            if (OTHER_FORMATS.stream().anyMatch(subtype::contains)) {
                return true;
            }
        }
        return false;
    }
}
