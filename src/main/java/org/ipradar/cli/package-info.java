/** The command line: one picocli subcommand per job, each a thin layer over the services. */
package org.ipradar.cli;
