package placementreview.model;

/** The kinds of placement a looked-after child may be in (DESIGN.md "Facts"), each with a label for people. */
public enum PlacementType {
    IN_HOUSE_FOSTER("In-house foster care"),
    KINSHIP_FOSTER("Kinship foster care"),
    IFA("Independent fostering agency"),
    IN_HOUSE_CHILDRENS_HOME("In-house children's home"),
    EXTERNAL_CHILDRENS_HOME("External children's home"),
    SOLO_SPECIALIST_RESIDENTIAL("Solo / specialist residential"),
    RESIDENTIAL_SPECIAL_SCHOOL("Residential special school"),
    SECURE_CHILDRENS_HOME("Secure children's home"),
    SUPPORTED_ACCOMMODATION("Supported accommodation"),
    PARENT_AND_CHILD("Parent and child"),
    PLACED_WITH_PARENTS("Placed with parents"),
    UNREGISTERED("Unregistered");

    private final String label;

    PlacementType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Bought from a provider, whose fee can be negotiated: not in-house, kinship or placed with parents. */
    public boolean isBought() {
        return switch (this) {
            case IN_HOUSE_FOSTER, KINSHIP_FOSTER, IN_HOUSE_CHILDRENS_HOME, PLACED_WITH_PARENTS -> false;
            default -> true;
        };
    }

    /** Residential settings: the ones a child may step down from to a family. */
    public boolean isResidential() {
        return switch (this) {
            case IN_HOUSE_CHILDRENS_HOME, EXTERNAL_CHILDRENS_HOME, SOLO_SPECIALIST_RESIDENTIAL,
                 RESIDENTIAL_SPECIAL_SCHOOL, SECURE_CHILDRENS_HOME -> true;
            default -> false;
        };
    }

    /** Family settings: a child lives in a household (parents, kin or foster carers), not in a staffed home. */
    public boolean isFamilySetting() {
        return switch (this) {
            case IN_HOUSE_FOSTER, KINSHIP_FOSTER, IFA, PLACED_WITH_PARENTS, PARENT_AND_CHILD -> true;
            default -> false;
        };
    }
}
