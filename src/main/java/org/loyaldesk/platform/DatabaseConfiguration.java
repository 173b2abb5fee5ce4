package org.loyaldesk.platform;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jdbc.core.mapping.JdbcMappingContext;

@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    /**
     * Our migrations use plain, unquoted identifiers, which H2 folds to upper case and PostgreSQL
     * to lower case. Spring Data JDBC quotes by default and would then miss the tables on H2.
     */
    @Bean
    static BeanPostProcessor unquotedIdentifiers() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof JdbcMappingContext context) {
                    context.setForceQuote(false);
                }
                return bean;
            }
        };
    }
}
