package placementreview.model;

import java.math.BigDecimal;

/** The components of a placement's weekly cost; the key is the case-file field name under {@code weekly}. */
public enum CostComponent {
    CORE("core"), ADDITIONAL_STAFFING("additionalStaffing"), EDUCATION("education"), THERAPY("therapy"),
    TRANSPORT("transport");

    private final String key;

    CostComponent(String key) {
        this.key = key;
    }

    public String key() {
        return key;
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
