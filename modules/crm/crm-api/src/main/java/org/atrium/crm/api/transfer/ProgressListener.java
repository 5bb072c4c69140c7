package org.atrium.crm.api.transfer;

/** Told how far a commit got; called from the committing thread after each batch. */
@FunctionalInterface
public interface ProgressListener {

    /**
     * @param done  rows handled so far (written or failed)
     * @param total rows the commit will handle
     */
    void progress(int done, int total);
}
