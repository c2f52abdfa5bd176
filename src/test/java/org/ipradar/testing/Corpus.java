package org.ipradar.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * Where the shared real-data corpus lives: the one place tests ask, so that none copies it into the repository.
 *
 * <p>The system property {@code ipradar.corpus} wins (the build sets it to {@code ../shared/data}), then the
 * environment variable {@code IPRADAR_CORPUS}, then {@code ../shared/data} relative to the working directory. Tests
 * that read the corpus skip, saying where they looked, when it is absent.
 */
public final class Corpus {
    /** The system property naming the corpus directory. */
    public static final String PROPERTY = "ipradar.corpus";
    /** The environment variable naming the corpus directory. */
    public static final String ENV = "IPRADAR_CORPUS";

    private Corpus() {}

    /** The configured corpus directory, whether it exists or not. */
    public static Path location() {
        String property = System.getProperty(PROPERTY);
        if (property != null && !property.isBlank()) {
            return Path.of(property).toAbsolutePath().normalize();
        }
        String env = System.getenv(ENV);
        if (env != null && !env.isBlank()) {
            return Path.of(env).toAbsolutePath().normalize();
        }
        return Path.of("..", "shared", "data").toAbsolutePath().normalize();
    }

    /** The corpus directory, or empty when it does not exist. */
    public static Optional<Path> root() {
        Path root = location();
        return Files.isDirectory(root) ? Optional.of(root) : Optional.empty();
    }

    /**
     * The path of {@code relative} inside the corpus; aborts the calling test (a skip, with the reason) when the
     * corpus or that path is absent.
     */
    public static Path require(String relative) {
        Path root = location();
        Assumptions.assumeTrue(Files.isDirectory(root), () -> "shared corpus not found at " + root + " (set -D"
                + PROPERTY + " or " + ENV + "); skipping tests that read it");
        Path path = root.resolve(relative).normalize();
        Assumptions.assumeTrue(Files.exists(path), () -> "shared corpus at " + root + " has no " + relative
                + " (set -D" + PROPERTY + " or " + ENV + " to a complete copy); skipping tests that read it");
        return path;
    }
}
