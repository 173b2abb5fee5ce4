package org.loyaldesk.knowledge.web;

import jakarta.servlet.http.HttpServletRequest;

import org.loyaldesk.knowledge.HelpCentreSettings;
import org.loyaldesk.knowledge.HelpLinks;
import org.loyaldesk.platform.Language;
import org.loyaldesk.platform.NotFoundException;
import org.springframework.ui.Model;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * What every help-centre page needs: its language from the URL, the instance's name and colour,
 * and the links of the header and footer. The page speaks its URL's language whatever the
 * browser's setting, without setting the interface-language cookie: a link to /help/en stays
 * English for everyone, and an agent's own interface keeps its language.
 */
final class HelpPage {

    private HelpPage() {
    }

    static Language open(String lang, Model model, HttpServletRequest request, HelpCentreSettings settings) {
        if (!"nl".equals(lang) && !"en".equals(lang)) {
            throw new NotFoundException("Help centre language", lang);
        }
        Language language = Language.of(lang);
        Language other = other(language);
        // read by the locale resolver before its cookie
        request.setAttribute(CookieLocaleResolver.LOCALE_REQUEST_ATTRIBUTE_NAME, language.locale());
        model.addAttribute("lang", language.code());
        model.addAttribute("help", settings);
        model.addAttribute("homeUrl", HelpLinks.home(language));
        model.addAttribute("searchUrl", HelpLinks.search(language));
        model.addAttribute("suggestUrl", HelpLinks.home(language) + "/suggest");
        model.addAttribute("contactUrl", HelpLinks.home(language) + "/contact");
        model.addAttribute("otherLanguageUrl", HelpLinks.home(other));
        model.addAttribute("otherLang", other.code());
        return language;
    }

    static Language other(Language language) {
        return language == Language.NL ? Language.EN : Language.NL;
    }
}
