package org.loyaldesk;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;

/**
 * Debian's Chromium driven by Playwright, which never downloads a browser of its own. Skips with a
 * reason where Chromium is missing (fails on CI), and keeps screenshots in target/screenshots.
 */
public final class Chromium implements AutoCloseable {

    public static final Path SCREENSHOTS = Paths.get("target/screenshots");

    private final Playwright playwright;
    private final Browser browser;

    private Chromium(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    public static Chromium launch() {
        String executable = System.getenv().getOrDefault("LOYALDESK_TEST_CHROME_BIN", "/usr/bin/chromium");
        RequiredService.require("Chromium", Files.isExecutable(Paths.get(executable)),
            "install Debian's chromium (.ci/services.sh does) or set LOYALDESK_TEST_CHROME_BIN");
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
            .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        // the flags keep Chromium from calling home, which this machine's closed network refuses
        Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
            .setExecutablePath(Paths.get(executable)).setHeadless(true)
            .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run")));
        return new Chromium(playwright, browser);
    }

    public Browser browser() {
        return browser;
    }

    /** Logs in on the login page as a demo user (password "loyaldesk") and lands in the inbox. */
    public static Page logIn(BrowserContext context, String base, String email) {
        Page page = context.newPage();
        page.navigate(base + "/login");
        page.locator("#username").fill(email);
        page.locator("#password").fill("loyaldesk");
        page.locator("button[type=submit]").click();
        // a login checks a password hash: on a busy machine that takes longer than the default 5 s
        PlaywrightAssertions.assertThat(page).hasURL(Pattern.compile(".*/inbox"),
            new com.microsoft.playwright.assertions.PageAssertions.HasURLOptions().setTimeout(20_000));
        return page;
    }

    public static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    @Override
    public void close() {
        playwright.close();
    }
}
