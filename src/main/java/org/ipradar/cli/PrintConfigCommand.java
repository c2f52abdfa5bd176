package org.ipradar.cli;

import java.util.concurrent.Callable;
import org.ipradar.config.Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code print-config}: the effective settings, one KEY=value a line, after checking the sources file. */
@Command(name = "print-config", mixinStandardHelpOptions = true, description = "Print the effective settings / 打印配置")
final class PrintConfigCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        Settings s = common.settings();
        s.asEnv().forEach((k, v) -> System.out.println(k + "=" + v));
        System.out.println("# sources: " + CommonOptions.sources(s, true).size() + " in " + s.feedsFile());
        System.out.println("# dictionary: " + org.ipradar.glossary.Dictionary.find(s.dictionary(), s.dataDir())
                .map(Object::toString)
                .orElse("none (cross-language search translates through the IP glossary only)"));
        return 0;
    }
}
