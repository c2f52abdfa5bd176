package org.ipradar.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/** Fetched payloads kept as files under {@code raw/}, addressed by their SHA-256, so any document can be re-parsed. */
public final class RawStore {
    private final Path root;

    public RawStore(Path dataDir) {
        this.root = dataDir.resolve("raw");
    }

    /** The SHA-256 of the bytes, in lower-case hex. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    /** Writes the payload (once; an existing copy is kept), synced to disk, and returns its hash. */
    public String put(byte[] bytes) {
        String hash = sha256(bytes);
        Path file = path(hash);
        if (Files.exists(file)) {
            return hash;
        }
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), hash, ".tmp");
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ByteBuffer buf = ByteBuffer.wrap(bytes);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true); // on disk before the documents that point at it are committed
            }
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return hash;
        } catch (IOException e) {
            throw new StoreException("cannot write raw payload " + file + ": " + e.getMessage(), e);
        }
    }

    /** The payload with this hash, if kept. */
    public Optional<byte[]> get(String hash) {
        if (hash == null || !hash.matches("[0-9a-f]{64}")) {
            return Optional.empty();
        }
        try {
            Path file = path(hash);
            return Files.exists(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
        } catch (IOException e) {
            throw new StoreException("cannot read raw payload " + hash + ": " + e.getMessage(), e);
        }
    }

    private Path path(String hash) {
        return root.resolve(hash.substring(0, 2)).resolve(hash);
    }
}
