package org.loyaldesk.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sealing stored secrets: what a copy of the database shows, and what the key file does. */
class SecretBoxTests {

    @TempDir
    Path folder;

    @Test
    void aSealedSecretRevealsNothingAndOpensAgain() {
        SecretBox box = boxFor(folder.resolve("data"));

        String sealed = box.seal("imap-password-of-support");

        assertThat(sealed).startsWith("sealed:v1:").doesNotContain("imap-password-of-support");
        assertThat(box.seal("imap-password-of-support")).as("a fresh nonce each time").isNotEqualTo(sealed);
        assertThat(box.open(sealed)).isEqualTo("imap-password-of-support");
        assertThat(box.open("stored-before-sealing")).isEqualTo("stored-before-sealing");
    }

    @Test
    void theKeyFileLivesBesideTheDataDirectoryReadableByItsOwnerOnly() throws Exception {
        SecretBox box = boxFor(folder.resolve("data"));
        String sealed = box.seal("geheim");

        Path keyFile = folder.resolve("data.key");
        assertThat(keyFile).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
        assertThat(boxFor(folder.resolve("data")).open(sealed)).as("the next start reads the same key").isEqualTo("geheim");
    }

    @Test
    void aChangedValueOrAnotherKeyDoesNotOpen() {
        String sealed = boxFor(folder.resolve("data")).seal("geheim");
        String tampered = sealed.substring(0, sealed.length() - 4) + (sealed.endsWith("AAAA") ? "BBBB" : "AAAA");
        SecretBox other = boxFor(folder.resolve("elsewhere"));

        assertThatThrownBy(() -> boxFor(folder.resolve("data")).open(tampered)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> other.open(sealed)).isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("does not have");
    }

    @Test
    void aRotatedKeyStillOpensOldValuesUntilTheOldKeyIsForgotten() {
        SecretBox box = boxFor(folder.resolve("data"));
        String old = box.seal("geheim");

        box.rotate();

        assertThat(box.isCurrent(old)).isFalse();
        assertThat(box.open(old)).isEqualTo("geheim");
        String resealed = box.seal(box.open(old));
        box.forgetOldKeys();
        assertThat(box.open(resealed)).isEqualTo("geheim");
        assertThatThrownBy(() -> box.open(old)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> boxFor(folder.resolve("data")).open(old)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aKeyFromTheEnvironmentIsUsedAndNoFileIsWritten() {
        String key = Base64.getEncoder().encodeToString(new byte[32]);
        SecretBox box = new SecretBox(properties(folder.resolve("data")), key);

        assertThat(box.open(box.seal("geheim"))).isEqualTo("geheim");
        assertThat(folder.resolve("data.key")).doesNotExist();
        assertThatThrownBy(() -> new SecretBox(properties(folder.resolve("data")), "dGVzdA=="))
            .hasMessageContaining("32 random bytes");
    }

    private static SecretBox boxFor(Path dataDir) {
        return new SecretBox(properties(dataDir), "");
    }

    private static LoyaldeskProperties properties(Path dataDir) {
        return new LoyaldeskProperties(dataDir, null, 100_000, 1_048_576, null, null);
    }
}
