package org.ipradar.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.ipradar.testing.TestAuth;
import org.junit.jupiter.api.Test;

/** Argon2id through Password4j: the stored form, checking, upgrading, and the real OWASP cost tested once. */
class PasswordHasherTest {
    @Test
    void theStandardHasherUsesOwaspArgon2idParameters() {
        PasswordHasher h = PasswordHasher.standard();
        String stored = h.hash("correct-horse-battery");
        assertTrue(stored.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), stored);
        // salt (16 bytes) and hash (32 bytes) in unpadded base64
        String[] parts = stored.split("\\$");
        assertEquals(6, parts.length, stored);
        assertEquals(22, parts[4].length(), "salt " + parts[4]);
        assertEquals(43, parts[5].length(), "hash " + parts[5]);
        assertTrue(h.verify("correct-horse-battery", stored));
        assertFalse(h.verify("correct-horse-batterY", stored));
        assertFalse(h.needsRehash(stored));
    }

    @Test
    void twoHashesOfOnePasswordDifferBySalt() {
        PasswordHasher h = TestAuth.cheapHasher();
        String a = h.hash("same password");
        String b = h.hash("same password");
        assertNotEquals(a, b);
        assertTrue(h.verify("same password", a));
        assertTrue(h.verify("same password", b));
    }

    @Test
    void aHashCarriesItsOwnCostSoOldHashesStillVerifyAndAreMarkedForUpgrade() {
        String cheap = TestAuth.cheapHasher().hash("older password");
        assertTrue(cheap.startsWith("$argon2id$v=19$m=64,t=1,p=1$"), cheap);
        PasswordHasher other = new PasswordHasher(128, 1, 1, 1);
        assertTrue(other.verify("older password", cheap));
        assertTrue(other.needsRehash(cheap));
        assertFalse(TestAuth.cheapHasher().needsRehash(cheap));
    }

    @Test
    void anUnreadableStoredHashNeverMatches() {
        PasswordHasher h = TestAuth.cheapHasher();
        assertFalse(h.verify("anything", "not-a-hash"));
        assertFalse(h.verify("anything", "$argon2id$v=19$m=64,t=1,p=1$broken"));
        assertTrue(h.needsRehash("not-a-hash"));
    }

    @Test
    void manyHashesAtOnceAllFinishCorrectly() throws Exception {
        PasswordHasher h = new PasswordHasher(1024, 1, 1, 2);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                String pw = "password number " + i;
                Callable<Boolean> task = () -> h.verify(pw, h.hash(pw));
                results.add(pool.submit(task));
            }
            for (Future<Boolean> f : results) {
                assertTrue(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
