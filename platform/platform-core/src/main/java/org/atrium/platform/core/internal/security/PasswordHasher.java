package org.atrium.platform.core.internal.security;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * PBKDF2-HMAC-SHA256 password hashes (OWASP 2023: at least 600,000 iterations), a 16-byte random
 * salt and a 256-bit key. The iteration count is stored with each hash, so raising it later
 * re-hashes passwords at their next sign-in.
 */
@Component(service = PasswordHasher.class)
public final class PasswordHasher {

    /** The iteration count of every production hash. */
    public static final int PRODUCTION_ITERATIONS = 600_000;

    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final int SALT_BYTES = 16;
    private static final int KEY_BITS = 256;
    // no 0/O, 1/l/I: one-time passwords are read out and typed by people
    private static final String LETTERS = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String DIGITS = "23456789";

    private final int iterations;
    private final SecureRandom random = new SecureRandom();

    @Activate
    public PasswordHasher() {
        this(PRODUCTION_ITERATIONS);
    }

    /** Tests use fewer iterations to stay fast; production always uses the no-argument constructor. */
    public PasswordHasher(int iterations) {
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations");
        }
        this.iterations = iterations;
    }

    /** A stored hash. */
    public record Hash(String hash, String salt, int iterations) {
    }

    /** @return the iteration count new hashes get */
    public int iterations() {
        return iterations;
    }

    /** Hashes a password with a fresh salt. */
    public Hash hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        Base64.Encoder b64 = Base64.getEncoder();
        return new Hash(b64.encodeToString(derive(password, salt, iterations)), b64.encodeToString(salt), iterations);
    }

    /** @return whether the password matches the stored hash; compares in constant time */
    public boolean verify(char[] password, String storedHash, String storedSalt, int storedIterations) {
        if (storedHash == null || storedSalt == null || storedIterations < 1) {
            return false;
        }
        Base64.Decoder b64 = Base64.getDecoder();
        byte[] expected = b64.decode(storedHash);
        byte[] actual = derive(password, b64.decode(storedSalt), storedIterations);
        return MessageDigest.isEqual(expected, actual);
    }

    /** @return whether a hash with this iteration count should be replaced at the next sign-in */
    public boolean needsRehash(int storedIterations) {
        return storedIterations < iterations;
    }

    /** Spends the time of one verification, so that unknown logins take as long as known ones. */
    public void burnVerification(char[] password) {
        derive(password, new byte[SALT_BYTES], iterations);
    }

    /** @return a random password of 16 letters and digits, with at least one of each */
    public String generatePassword() {
        String all = LETTERS + DIGITS;
        char[] chars = new char[16];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = all.charAt(random.nextInt(all.length()));
        }
        chars[random.nextInt(8)] = DIGITS.charAt(random.nextInt(DIGITS.length()));
        chars[8 + random.nextInt(8)] = LETTERS.charAt(random.nextInt(LETTERS.length()));
        return new String(chars);
    }

    private static byte[] derive(char[] password, byte[] salt, int rounds) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, rounds, KEY_BITS);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is part of every Java 17 runtime", e);
        } finally {
            spec.clearPassword();
        }
    }

    /** Overwrites a password array. */
    public static void clear(char[] password) {
        if (password != null) {
            Arrays.fill(password, '\0');
        }
    }
}
