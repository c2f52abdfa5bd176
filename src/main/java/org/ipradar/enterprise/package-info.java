/**
 * Enterprise profiles, the confidential side of the risk desk: each exporting firm's industry, products (with
 * technical descriptions, key features and HS codes), target markets, competitors and own patents and trademarks,
 * the consultants assigned to it, and its service record, which the subcenter archives.
 *
 * <p>Only the consultants assigned to a firm see it; for other consultants it does not exist. Admins manage the
 * assignments with least privilege: they list every firm as an {@link org.ipradar.enterprise.AssignmentSummary} (id,
 * name, consultants) and assign and unassign consultants, but see no firm's content unless also assigned to it as
 * consultant. Every route and service that touches a firm's objects goes through
 * {@link org.ipradar.enterprise.EnterpriseService#require}, which answers
 * {@link org.ipradar.enterprise.EnterpriseNotFound} (404) for an unknown id and for a firm the actor may not see
 * alike, {@link org.ipradar.enterprise.EnterpriseException#adminNoContent()} (403) to an admin for a firm that exists,
 * and writes the refusal to the audit log. Objects other packages keep for a firm (risk-patent lists,
 * reports) live in their own tables with an {@code enterprise_id} column referencing {@code enterprises(id)}, and are
 * reached only after {@code require}; the service record links to them by id ({@code reportId},
 * {@code riskListId}), checked through {@link org.ipradar.enterprise.ServiceLinks}.
 *
 * <p>Nothing here is written to the public Lucene index: the profiles live in SQLite tables of their own. Every read
 * and change of a firm is written to the audit log in the same transaction as the read or change (without the
 * confidential text itself).
 */
package org.ipradar.enterprise;
