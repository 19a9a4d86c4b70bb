package placementreview.model;

/**
 * What an option does to the council's spend: a SAVING makes the package cost the public purse less; a RECOVERY
 * (a health or education contribution sought) moves cost the council pays now to a partner. Both reduce the council's
 * spend; they are shown apart so a finance officer can tell them apart.
 */
public enum Effect {
    SAVING, RECOVERY;

    /** The effect a rule's {@code @effect} metadata names; a rule without one makes savings. */
    public static Effect of(String metadata) {
        return metadata == null ? SAVING : valueOf(metadata);
    }
}
