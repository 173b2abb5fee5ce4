package org.loyaldesk.survey;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Answer links that need no login: the token names the invitation and when it expires, signed with
 * HMAC-SHA256 under a secret every node shares. Changing one character of it makes it worthless.
 */
public final class SurveyLinks {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final byte[] secret;

    public SurveyLinks(byte[] secret) {
        if (secret.length < 16) {
            throw new IllegalArgumentException("A survey link secret has at least 16 bytes");
        }
        this.secret = secret.clone();
    }

    public enum Status { VALID, TAMPERED, EXPIRED }

    public record Verdict(Status status, long invitationId) {
    }

    public String token(long invitationId, Instant expires) {
        String payload = invitationId + "." + expires.getEpochSecond();
        return ENCODER.encodeToString(payload.getBytes(StandardCharsets.US_ASCII)) + "."
            + ENCODER.encodeToString(signature(payload));
    }

    public Verdict verify(String token, Instant now) {
        try {
            int dot = token == null ? -1 : token.indexOf('.');
            if (dot < 1 || token.length() > 200) {
                return new Verdict(Status.TAMPERED, 0);
            }
            String payload = new String(DECODER.decode(token.substring(0, dot)), StandardCharsets.US_ASCII);
            byte[] given = DECODER.decode(token.substring(dot + 1));
            if (!MessageDigest.isEqual(signature(payload), given)) {
                return new Verdict(Status.TAMPERED, 0);
            }
            String[] parts = payload.split("\\.");
            long invitationId = Long.parseLong(parts[0]);
            Instant expires = Instant.ofEpochSecond(Long.parseLong(parts[1]));
            return new Verdict(now.isAfter(expires) ? Status.EXPIRED : Status.VALID, invitationId);
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            return new Verdict(Status.TAMPERED, 0);
        }
    }

    /** 128 bits of the HMAC: plenty against guessing, and the link stays short. */
    private byte[] signature(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return Arrays.copyOf(mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII)), 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
