package org.ipradar.enterprise;

/**
 * No such firm, or a firm the actor may not see: the two are one answer, with one message that names neither the
 * id nor the reason, so nothing tells a consultant whether another consultant's firm exists.
 */
public final class EnterpriseNotFound extends EnterpriseException {
    private static final long serialVersionUID = 1L;

    /** The one message of every refusal. */
    public static final String MESSAGE = "no firm has this id, or it is not assigned to you";

    /** The refusal; it carries nothing about the id asked for. */
    public EnterpriseNotFound() {
        super(Reason.NOT_FOUND, "not_found", MESSAGE, null, null);
    }
}
