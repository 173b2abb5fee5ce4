package org.loyaldesk.demo.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

import org.loyaldesk.platform.Language;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The front page of the demo webshop, Koffie &amp; Keuken, with the chat widget on it as a shop would
 * carry it: one script tag. It shows the widget at work without a shop of one's own, and is what the
 * browser tests of the widget open. Its language is the page's {@code <html lang>}, which the widget follows.
 */
@Controller
class DemoShopPage {

    private record Product(String sku, String name, String picture, BigDecimal price) {
    }

    /** A product as the page shows it: its description is a message key, its name a brand name. */
    public record Offer(String name, String picture, String description, String price) {
    }

    private static final List<Product> WINDOW = List.of(
        new Product("esp-200", "Espressomachine Barista 200", "machine", new BigDecimal("349.00")),
        new Product("grd-50", "Koffiemolen Precisie 50", "grinder", new BigDecimal("129.00")),
        new Product("mlk-01", "Melkopschuimer Duo", "frother", new BigDecimal("79.00")),
        new Product("bns-1kg", "Koffiebonen Huismelange 1 kg", "beans", new BigDecimal("18.50")),
        new Product("cup-6", "Cappuccinokopjes set van 6", "cup", new BigDecimal("34.00")),
        new Product("dsc-250", "Ontkalker 250 ml", "descaler", new BigDecimal("9.95")));

    @GetMapping("/demo/shop")
    String shop(Locale locale, Model model) {
        Language language = Language.of(locale.getLanguage());
        model.addAttribute("lang", language.code());
        model.addAttribute("otherLang", language == Language.NL ? "en" : "nl");
        NumberFormat euros = euros(language);
        model.addAttribute("offers", WINDOW.stream().map(product -> new Offer(product.name(), product.picture(),
            "demo.shop.product." + product.sku(), euros.format(product.price()))).toList());
        model.addAttribute("scriptTag", "<script src=\"" + ServletUriComponentsBuilder.fromCurrentContextPath()
            .path("/widget.js").toUriString() + "\" async></script>");
        return "demo/shop";
    }

    /** Prices as a Dutch or an Irish shop writes euros: "€ 18,50" and "€18.50". */
    private static NumberFormat euros(Language language) {
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.forLanguageTag(language == Language.NL ? "nl-NL" : "en-IE"));
        format.setCurrency(Currency.getInstance("EUR"));
        return format;
    }
}
