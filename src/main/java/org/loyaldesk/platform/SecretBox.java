package org.loyaldesk.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Seals the secrets Loyaldesk must be able to use again (an IMAP password, a webhook's signing
 * secret) before they are stored, with AES-256-GCM. The key is not in the database, so a copy of
 * the database or of a backup reveals no secret: it comes from {@code LOYALDESK_SECRET_KEY}
 * (base64, comma-separated: the first seals, all open) or from a key file beside the data
 * directory ({@code data.key} beside {@code data}), made on first start and readable by the owner
 * only. Sealed values name their key, so a rotated key ({@link SecretKeyRotation}) can be
 * rolled out while old values are still being resealed.
 */
@Component
public class SecretBox {

    private static final String PREFIX = "sealed:v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecureRandom random = new SecureRandom();
    private final Path keyFile;
    private final boolean fromEnvironment;
    private volatile Map<String, byte[]> keys;

    SecretBox(LoyaldeskProperties properties, @Value("${loyaldesk.secret-key:}") String keysFromEnvironment) {
        this.keyFile = keyFileBeside(properties.dataDir());
        this.fromEnvironment = !keysFromEnvironment.isBlank();
        this.keys = fromEnvironment ? parse(Arrays.asList(keysFromEnvironment.split(","))) : loadOrCreate(keyFile);
    }

    static Path keyFileBeside(Path dataDir) {
        Path absolute = dataDir.toAbsolutePath().normalize();
        return absolute.resolveSibling(absolute.getFileName() + ".key");
    }

    /** The sealed form of a secret; null stays null. */
    public String seal(String secret) {
        if (secret == null) {
            return null;
        }
        Map.Entry<String, byte[]> current = keys.entrySet().iterator().next();
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        byte[] sealed = crypt(Cipher.ENCRYPT_MODE, current.getValue(), iv, secret.getBytes(StandardCharsets.UTF_8));
        byte[] stored = new byte[IV_BYTES + sealed.length];
        System.arraycopy(iv, 0, stored, 0, IV_BYTES);
        System.arraycopy(sealed, 0, stored, IV_BYTES, sealed.length);
        return PREFIX + current.getKey() + ":" + Base64.getEncoder().encodeToString(stored);
    }

    /**
     * The secret inside a sealed value. A value stored before secrets were sealed is returned as it
     * is (and sealed at the next start, see {@link SealedSecretStore}).
     */
    public String open(String stored) {
        if (stored == null || !isSealed(stored)) {
            return stored;
        }
        String[] parts = stored.substring(PREFIX.length()).split(":", 2);
        byte[] key = keys.get(parts[0]);
        if (key == null) {
            throw new IllegalStateException("A secret was sealed with key " + parts[0] + ", which this instance does not"
                + " have: set LOYALDESK_SECRET_KEY or restore " + keyFile);
        }
        byte[] raw = Base64.getDecoder().decode(parts[1]);
        byte[] plain = crypt(Cipher.DECRYPT_MODE, key, Arrays.copyOf(raw, IV_BYTES),
            Arrays.copyOfRange(raw, IV_BYTES, raw.length));
        return new String(plain, StandardCharsets.UTF_8);
    }

    public static boolean isSealed(String stored) {
        return stored != null && stored.startsWith(PREFIX);
    }

    /** Whether this value is sealed with the key that seals now (else it should be resealed). */
    public boolean isCurrent(String stored) {
        return isSealed(stored) && stored.startsWith(PREFIX + keys.keySet().iterator().next() + ":");
    }

    /** A new key seals from now on; the old ones still open until {@link #forgetOldKeys()}. */
    synchronized void rotate() {
        if (fromEnvironment) {
            throw new IllegalStateException("The key comes from LOYALDESK_SECRET_KEY: put a new key first in that list");
        }
        byte[] fresh = new byte[32];
        random.nextBytes(fresh);
        Map<String, byte[]> next = new LinkedHashMap<>();
        next.put(id(fresh), fresh);
        next.putAll(keys);
        write(keyFile, next);
        keys = next;
    }

    synchronized void forgetOldKeys() {
        if (fromEnvironment) {
            return;
        }
        Map.Entry<String, byte[]> current = keys.entrySet().iterator().next();
        Map<String, byte[]> only = new LinkedHashMap<>(Map.of(current.getKey(), current.getValue()));
        write(keyFile, only);
        keys = only;
    }

    Path keyFile() {
        return keyFile;
    }

    private static Map<String, byte[]> loadOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                return parse(Files.readAllLines(file));
            }
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            Map<String, byte[]> keys = new LinkedHashMap<>(Map.of(id(fresh), fresh));
            write(file, keys);
            return keys;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the secret key file " + file, e);
        }
    }

    private static Map<String, byte[]> parse(List<String> lines) {
        Map<String, byte[]> keys = new LinkedHashMap<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            byte[] key = Base64.getDecoder().decode(line.trim());
            if (key.length != 32) {
                throw new IllegalStateException("A secret key is 32 random bytes in base64 (openssl rand -base64 32)");
            }
            keys.put(id(key), key);
        }
        if (keys.isEmpty()) {
            throw new IllegalStateException("No secret key found");
        }
        return keys;
    }

    private static void write(Path file, Map<String, byte[]> keys) {
        List<String> lines = new ArrayList<>(List.of("# Loyaldesk secret keys: the first seals, all open. Keep it out of"
            + " backups of the data directory."));
        keys.values().forEach(key -> lines.add(Base64.getEncoder().encodeToString(key)));
        try {
            Files.createDirectories(file.getParent());
            Path temporary = file.resolveSibling(file.getFileName() + ".new");
            Files.deleteIfExists(temporary);
            Files.createFile(temporary);
            restrict(temporary);
            Files.write(temporary, lines, StandardOpenOption.TRUNCATE_EXISTING);
            Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the secret key file " + file, e);
        }
    }

    private static void restrict(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the file inherits the folder's access rules
        }
    }

    private static String id(byte[] key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key)).substring(0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] crypt(int mode, byte[] key, byte[] iv, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, iv));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A sealed secret could not be opened: it was changed or the key is wrong", e);
        }
    }
}
