package org.loyaldesk.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.loyaldesk.identity.StaffAdministration;
import org.loyaldesk.platform.Actor;
import org.loyaldesk.platform.CurrentActor;
import org.loyaldesk.platform.Language;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** When an agent switches language ({@code ?lang=nl}), it is remembered for their next login, on any browser. */
@Configuration(proxyBeanMethods = false)
class LanguagePreference implements WebMvcConfigurer, HandlerInterceptor {

    private final StaffAdministration staff;

    LanguagePreference(StaffAdministration staff) {
        this.staff = staff;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).excludePathPatterns("/api/**", "/live/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String lang = request.getParameter("lang");
        Actor actor = CurrentActor.get();
        if (lang != null && actor.isAgent() && (lang.equals("nl") || lang.equals("en"))) {
            staff.preferLocale(actor.id(), Language.of(lang).code());
        }
        return true;
    }
}
