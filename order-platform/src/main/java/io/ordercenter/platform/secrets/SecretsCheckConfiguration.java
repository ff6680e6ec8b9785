package io.ordercenter.platform.secrets;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;

/**
 * Imported by every service: in the prod profile, the secrets of {@code ordercenter.secrets.checked} are
 * checked before any other bean is created (a bean factory post-processor), so an unfit secret is the first
 * and only error at start-up, ahead of any connection attempt.
 */
@Configuration(proxyBeanMethods = false)
@Profile("prod")
public class SecretsCheckConfiguration {

    @Bean
    static BeanFactoryPostProcessor secretsCheck() {
        return new CheckOnStart();
    }

    static final class CheckOnStart implements BeanFactoryPostProcessor, EnvironmentAware {

        private Environment environment;

        @Override
        public void setEnvironment(Environment environment) {
            this.environment = environment;
        }

        @Override
        public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
            SecretsProperties properties = Binder.get(environment)
                    .bind("ordercenter.secrets", Bindable.of(SecretsProperties.class))
                    .orElseGet(() -> new SecretsProperties(null));
            SecretsCheck.verify(properties.checked(), environment::getProperty);
        }
    }
}
