package io.ordercenter.platform.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** What a service imports to get the shared web pieces: problem+json bodies and JSON-only conversion. */
@Configuration(proxyBeanMethods = false)
public class WebPlatformConfiguration {

    @Bean
    ProblemWriter problemWriter(JsonMapper json) {
        return new ProblemWriter(json);
    }

    @Bean
    JsonOnly jsonOnly() {
        return new JsonOnly();
    }
}
