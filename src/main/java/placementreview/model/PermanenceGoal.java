package placementreview.model;

/** The care plan's permanence goal. */
public enum PermanenceGoal {
    RETURN_HOME, KINSHIP, LONG_TERM_FOSTERING, ADOPTION, SPECIAL_GUARDIANSHIP, RESIDENTIAL, INDEPENDENCE
}
