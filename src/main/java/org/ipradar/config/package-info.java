/**
 * Configuration: service settings from defaults and the environment, and the sources from feeds.yml, both checked
 * once at start with errors that name the file, the entry and the allowed values.
 */
package org.ipradar.config;
