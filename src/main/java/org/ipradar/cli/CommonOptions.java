package org.ipradar.cli;

import java.nio.file.Path;
import java.util.List;
import org.ipradar.config.FeedsFile;
import org.ipradar.config.Settings;
import org.ipradar.config.SettingsLoader;
import org.ipradar.config.Source;
import picocli.CommandLine.Option;

/** The options every subcommand takes: where the data and the sources are. */
class CommonOptions {
    @Option(names = "--data", paramLabel = "DIR", description = "data directory (default: $IPRADAR_DATA_DIR or index-data)")
    Path data;

    @Option(names = "--feeds", paramLabel = "FILE", description = "sources file (default: $IPRADAR_FEEDS or feeds.yml)")
    Path feeds;

    /** The settings from the environment with these options applied. */
    Settings settings() {
        Settings s = SettingsLoader.fromEnvironment();
        if (data != null) {
            s = s.withDataDir(data);
        }
        if (feeds != null) {
            s = s.withFeedsFile(feeds);
        }
        return s;
    }

    /** The sources from the sources file, or none when the file is absent and not asked for by name. */
    static List<Source> sources(Settings s, boolean required) {
        if (!required && !s.feedsFile().toFile().exists()) {
            return List.of();
        }
        return FeedsFile.load(s.feedsFile());
    }
}
