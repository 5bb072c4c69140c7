package org.atrium.crm.api;

/**
 * What a hand-over (离职交接) moved from one user to another.
 *
 * @param customers     customers reassigned
 * @param contacts      contacts reassigned
 * @param leads         leads reassigned
 * @param opportunities opportunities reassigned
 * @param skipped       records of the leaving user that lie outside the caller's scope and were
 *                      therefore left untouched (a manager of another unit must hand them over)
 */
public record HandOverResult(int customers, int contacts, int leads, int opportunities, int skipped) {

    /** @return the number of records moved */
    public int total() {
        return customers + contacts + leads + opportunities;
    }
}
