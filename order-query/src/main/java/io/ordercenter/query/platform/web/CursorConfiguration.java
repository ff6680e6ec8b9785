package io.ordercenter.query.platform.web;

import io.ordercenter.query.platform.paging.CursorCodec;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The page-cursor codec, keyed from {@code ordercenter.query.cursor.secret}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CursorConfiguration.CursorProperties.class)
public class CursorConfiguration {

    @Bean
    CursorCodec cursorCodec(CursorProperties properties) {
        return new CursorCodec(properties.secret());
    }

    /**
     * @param secret the HMAC key of page cursors, at least 32 bytes, the same on every instance
     */
    @ConfigurationProperties("ordercenter.query.cursor")
    public record CursorProperties(String secret) {}
}
