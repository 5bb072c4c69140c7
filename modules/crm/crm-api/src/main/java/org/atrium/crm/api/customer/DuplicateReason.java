package org.atrium.crm.api.customer;

/** Why an existing customer is reported as a possible duplicate (撞单). */
public enum DuplicateReason {
    /** The same unified social credit code: certainly the same legal entity. */
    CREDIT_CODE,
    /** The same name after normalisation (全角/半角, spaces, 有限公司/集团/（中国） stripped). */
    SAME_NAME,
    /** A similar normalised name (similarity at or above the configured threshold). */
    SIMILAR_NAME,
    /** The same pinyin of the normalised name (e.g. homophone characters). */
    SAME_PINYIN
}
