package org.ipradar.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.ipradar.auth.ApiToken;
import org.ipradar.auth.Auth;
import org.ipradar.auth.AuthException;
import org.ipradar.auth.AuthSettings;
import org.ipradar.auth.NewToken;
import org.ipradar.auth.Role;
import org.ipradar.auth.User;
import org.ipradar.store.AuditStore;
import org.ipradar.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code user}: accounts from the command line. Opens only the database (not the index), so it works while
 * {@code serve} runs. Passwords are read from the terminal without echo, or as the first line of standard input;
 * never from an argument, where other users of the machine could see it.
 */
@Command(name = "user", mixinStandardHelpOptions = true, description = "Manage user accounts and API tokens / 用户账号",
        subcommands = {UserCommand.Add.class, UserCommand.Passwd.class, UserCommand.SetRole.class,
            UserCommand.Disable.class, UserCommand.Enable.class, UserCommand.ListUsers.class,
            UserCommand.Token.class})
final class UserCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private static final DateTimeFormatter MINUTE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm'Z'", Locale.ROOT).withZone(java.time.ZoneOffset.UTC);

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Opens the accounts in the data directory, runs the work, and turns account errors into one-line reasons. */
    static <T> T withAuth(CommonOptions common, Function<Auth, T> work) {
        try (Database db = Database.open(common.settings().dataDir())) {
            Auth auth = Auth.open(db, new AuditStore(db, Clock.systemUTC()), AuthSettings.fromEnvironment());
            return work.apply(auth);
        } catch (AuthException e) {
            throw new CliException(e.getMessage());
        }
    }

    /** Who did it, for the audit log: the command line and the operating-system account. */
    static String actor() {
        return "cli:" + System.getProperty("user.name", "unknown");
    }

    /**
     * The password: from the terminal without echo (typed twice when {@code confirm}), else the first line of
     * standard input.
     */
    static String readPassword(String name, boolean confirm) {
        Console console = System.console();
        if (console != null && isTerminal(console)) {
            char[] first = console.readPassword("%s", "Password for " + name + ": ");
            if (first == null) {
                throw new CliException("no password typed; nothing was changed");
            }
            if (confirm) {
                char[] again = console.readPassword("%s", "Type it again: ");
                boolean same = Arrays.equals(first, again);
                if (again != null) {
                    Arrays.fill(again, '\0');
                }
                if (!same) {
                    Arrays.fill(first, '\0');
                    throw new CliException("the two passwords differ; nothing was changed");
                }
            }
            String p = new String(first);
            Arrays.fill(first, '\0');
            return p;
        }
        try {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (line == null || line.isEmpty()) {
                throw new CliException("no password on standard input: type it at the prompt, or pipe it in as the"
                        + " first line (for example from a password manager)");
            }
            return line;
        } catch (IOException e) {
            throw new CliException("cannot read the password from standard input: " + e.getMessage());
        }
    }

    // Since Java 22 System.console() may answer even when input is piped; isTerminal() tells the two apart.
    private static boolean isTerminal(Console console) {
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true; // Java 21: a console exists only for a terminal
        }
    }

    static String describe(User u) {
        return u.name() + " (" + Role.format(u.roles()) + (u.disabled() ? ", disabled" : "") + ")";
    }

    /** {@code user add NAME --role ROLE}. */
    @Command(name = "add", mixinStandardHelpOptions = true, description = "Create a user; the password is read from"
            + " the terminal or the first line of standard input")
    static final class Add implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Parameters(index = "0", paramLabel = "NAME", description = "user name (letters, digits, . _ - @)")
        String name;

        @Option(names = "--role", required = true, split = ",", paramLabel = "ROLE",
                description = "editor, consultant or admin; several separated by commas")
        List<String> roles;

        @Override
        public Integer call() {
            var parsed = parseRoles(roles);
            String password = readPassword(name, true);
            User u = withAuth(common, auth -> auth.addUser(name, parsed, password, actor()));
            System.out.println("created user " + describe(u));
            return 0;
        }
    }

    /** {@code user passwd NAME}. */
    @Command(name = "passwd", mixinStandardHelpOptions = true,
            description = "Set a user's password (read like add's) and end the user's sessions")
    static final class Passwd implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Override
        public Integer call() {
            String password = readPassword(name, true);
            User u = withAuth(common, auth -> auth.setPassword(name, password, actor()));
            System.out.println("new password set for " + u.name() + "; the user's sessions were ended");
            return 0;
        }
    }

    /** {@code user role NAME --role ROLE}. */
    @Command(name = "role", mixinStandardHelpOptions = true, description = "Replace a user's roles")
    static final class SetRole implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Option(names = "--role", required = true, split = ",", paramLabel = "ROLE",
                description = "editor, consultant or admin; several separated by commas")
        List<String> roles;

        @Override
        public Integer call() {
            var parsed = parseRoles(roles);
            User u = withAuth(common, auth -> auth.setRoles(name, parsed, actor()));
            System.out.println("roles of " + describe(u) + " take effect on the user's next request");
            return 0;
        }
    }

    /** {@code user disable NAME}. */
    @Command(name = "disable", mixinStandardHelpOptions = true,
            description = "Disable a user: sessions end and API tokens stop working at once")
    static final class Disable implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Override
        public Integer call() {
            User u = withAuth(common, auth -> auth.setDisabled(name, true, actor()));
            System.out.println("disabled " + u.name() + "; its sessions were ended and its tokens no longer work");
            return 0;
        }
    }

    /** {@code user enable NAME}. */
    @Command(name = "enable", mixinStandardHelpOptions = true, description = "Enable a disabled user again")
    static final class Enable implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Override
        public Integer call() {
            User u = withAuth(common, auth -> auth.setDisabled(name, false, actor()));
            System.out.println("enabled " + describe(u));
            return 0;
        }
    }

    /** {@code user list}. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the users")
    static final class ListUsers implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Override
        public Integer call() {
            List<User> users = withAuth(common, Auth::listUsers);
            if (users.isEmpty()) {
                System.out.println("no users yet; create one with: ipradar user add NAME --role admin");
                return 0;
            }
            System.out.printf(Locale.ROOT, "%-24s %-26s %-9s %-18s %s%n", "NAME", "ROLES", "STATUS", "CREATED",
                    "PASSWORD SET");
            for (User u : users) {
                System.out.printf(Locale.ROOT, "%-24s %-26s %-9s %-18s %s%n", u.name(), Role.format(u.roles()),
                        u.disabled() ? "disabled" : "active", MINUTE.format(u.created()),
                        MINUTE.format(u.passwordChanged()));
            }
            return 0;
        }
    }

    /** {@code user token NAME [--label TEXT] | --list | --revoke ID|all}. */
    @Command(name = "token", mixinStandardHelpOptions = true, description = "Make an API token for scripts (printed"
            + " once), list a user's tokens, or revoke them")
    static final class Token implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Option(names = "--label", paramLabel = "TEXT", description = "what the token is for, shown in --list")
        String label;

        @Option(names = "--list", description = "list the user's tokens instead of making one")
        boolean list;

        @Option(names = "--revoke", paramLabel = "ID|all", description = "revoke the token with this id, or all")
        String revoke;

        @Override
        public Integer call() {
            if (list && revoke != null) {
                throw new CliException("give either --list or --revoke, not both");
            }
            if (list) {
                List<ApiToken> tokens = withAuth(common, auth -> auth.tokens(name));
                if (tokens.isEmpty()) {
                    System.out.println(name + " has no API tokens");
                    return 0;
                }
                System.out.printf(Locale.ROOT, "%-6s %-24s %-18s %-18s %s%n", "ID", "LABEL", "CREATED", "LAST USED",
                        "STATUS");
                for (ApiToken t : tokens) {
                    System.out.printf(Locale.ROOT, "%-6d %-24s %-18s %-18s %s%n", t.id(), t.label(),
                            MINUTE.format(t.created()), t.lastUsed() == null ? "never" : MINUTE.format(t.lastUsed()),
                            t.revoked() == null ? "active" : "revoked " + MINUTE.format(t.revoked()));
                }
                return 0;
            }
            if (revoke != null) {
                Long id = null;
                if (!revoke.equalsIgnoreCase("all")) {
                    try {
                        id = Long.parseLong(revoke.strip());
                    } catch (NumberFormatException e) {
                        throw new CliException("--revoke takes a token id from --list, or all (got \"" + revoke + "\")");
                    }
                }
                Long chosen = id;
                int n = withAuth(common, auth -> auth.revokeTokens(name, chosen, actor()));
                System.out.println("revoked " + n + " token(s) of " + name);
                return 0;
            }
            NewToken t = withAuth(common, auth -> auth.createToken(name, label, actor()));
            System.out.println(t.secret());
            System.err.println("token " + t.info().id() + " for " + t.info().user() + ": shown this once and stored"
                    + " only as a hash; send it as \"Authorization: Bearer TOKEN\". Revoke it with: ipradar user token "
                    + t.info().user() + " --revoke " + t.info().id());
            return 0;
        }
    }

    private static java.util.Set<Role> parseRoles(List<String> roles) {
        try {
            return Role.parseList(roles);
        } catch (AuthException e) {
            throw new CliException(e.getMessage());
        }
    }
}
