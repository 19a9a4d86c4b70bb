package placementreview.model;

import java.math.BigDecimal;

/** The components of a placement's weekly cost; the key is the case-file field name under {@code weekly}. */
public enum CostComponent {
    CORE("core", "core fee"), ADDITIONAL_STAFFING("additionalStaffing", "additional staffing"),
    EDUCATION("education", "education"), THERAPY("therapy", "therapy"), TRANSPORT("transport", "transport");

    private final String key;
    private final String part;

    CostComponent(String key, String part) {
        this.key = key;
        this.part = part;
    }

    public String key() {
        return key;
    }

    /** The part of the cost as rules/reference/saving-overlap.csv names it ("core fee", "therapy"...). */
    public String part() {
        return part;
    }

    /** This component's weekly amount, or null when not known. */
    public BigDecimal of(WeeklyCost weekly) {
        return switch (this) {
            case CORE -> weekly.core();
            case ADDITIONAL_STAFFING -> weekly.additionalStaffing();
            case EDUCATION -> weekly.education();
            case THERAPY -> weekly.therapy();
            case TRANSPORT -> weekly.transport();
        };
    }
}
