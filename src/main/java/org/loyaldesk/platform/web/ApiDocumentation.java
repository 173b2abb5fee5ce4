package org.loyaldesk.platform.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/** The OpenAPI document at /api/docs: what the API is and how to authenticate. */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    @Bean
    OpenAPI loyaldeskApi() {
        return new OpenAPI()
            .info(new Info().title("Loyaldesk API").version("v1")
                .description("Conversations, customers and channels of Loyaldesk. Errors are RFC 9457 problem details. "
                    + "Authenticate with 'Authorization: Bearer <token>'; admins issue tokens under Settings.")
                .license(new License().name("Apache-2.0")))
            .components(new Components().addSecuritySchemes("bearer",
                new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
            .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
