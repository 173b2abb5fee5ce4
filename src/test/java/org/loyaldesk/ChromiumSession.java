package org.loyaldesk;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;

/**
 * One Chromium for the tests of a class: launched before the first, closed after the last, and
 * skipped with the reason where Chromium is missing. Register it as a static field with
 * {@code @RegisterExtension}.
 */
public final class ChromiumSession implements BeforeAllCallback, AfterAllCallback {

    private Chromium chromium;

    @Override
    public void beforeAll(ExtensionContext context) {
        chromium = Chromium.launch();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (chromium != null) {
            chromium.close();
        }
    }

    public BrowserContext newContext() {
        return chromium.browser().newContext();
    }

    public BrowserContext newContext(Browser.NewContextOptions options) {
        return chromium.browser().newContext(options);
    }
}
