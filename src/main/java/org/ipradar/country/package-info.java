/**
 * Country profiles: for each target market, its IP offices, main laws, treaty memberships, filing rules, enforcement
 * routes, typical timelines and pitfalls for exporters, every fact with its source, the date it was last reviewed and
 * a flag when it needs checking. Profiles ship as YAML files in this package's resources; an editor's change is kept
 * in SQLite as a new version, audited, and wins over the shipped file. Start at {@link org.ipradar.country.CountryProfiles}.
 */
package org.ipradar.country;
