package org.ipradar.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.ipradar.config.ConfigException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code ipradar} command and its subcommands; every failure exits non-zero with a one-line reason. */
@Command(
        name = "ipradar",
        mixinStandardHelpOptions = true,
        version = "ipradar " + org.ipradar.config.Settings.VERSION,
        description = "Overseas IP risk-warning and dispute-case knowledge base / 海外知识产权风险预警与纠纷案例知识库",
        subcommands = {
            ServeCommand.class,
            CrawlCommand.class,
            CheckFeedsCommand.class,
            ReplayCommand.class,
            SearchCommand.class,
            BulletinCommand.class,
            ReindexCommand.class,
            ImportDocsCommand.class,
            ImportPatentsCommand.class,
            PrintConfigCommand.class,
            EvalCommand.class,
            EvalExtractCommand.class,
            EvalTagsCommand.class,
            EvalDedupCommand.class,
            EvalPatentsCommand.class,
            UserCommand.class,
            org.ipradar.bench.BenchCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Cli implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Runs the command line and returns the exit code. */
    public static int run(String[] args) {
        CommandLine cl = new CommandLine(new Cli());
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof ConfigException || e instanceof org.ipradar.index.IndexException
                    || e instanceof org.ipradar.store.StoreException || e instanceof CliException) {
                err.println("ipradar: " + e.getMessage());
            } else {
                err.println("ipradar: unexpected error: " + e);
                e.printStackTrace(err);
            }
            return 2;
        });
        return cl.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
