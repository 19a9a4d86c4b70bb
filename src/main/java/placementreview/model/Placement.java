package placementreview.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One placement of one looked-after child, as read from a case file. Nested parts are never null (an absent part
 * is an all-unknown value); leaf fields may be null, which means "not known".
 */
public record Placement(String id, Child child, PlacementType type, Provider provider, LocalDate start,
                        LocalDate plannedEnd, int weeksPerYear, WeeklyCost weekly, StaffingRatio staffingRatio,
                        StaffingReason staffingReason, Integer distanceMiles, Boolean outOfArea,
                        Contributions contributions, Needs needs, Stability stability, ContinuingCare continuingCare,
                        BigDecimal previousWeeklyCore, CarePlan carePlan, LocalDate reviewedOn) {

    /** Gross weekly cost: the sum of the known weekly components. */
    public BigDecimal getWeeklyCost() {
        return weekly.total();
    }

    /** Weekly cost less the known health and education contributions. */
    public BigDecimal getNetWeeklyCost() {
        return getWeeklyCost().subtract(contributions.knownTotal());
    }

    /** Gross weekly cost times the weeks a year the placement runs. */
    public BigDecimal getAnnualCost() {
        return getWeeklyCost().multiply(BigDecimal.valueOf(weeksPerYear));
    }

    /** Net annual cost to the authority: gross annualised cost minus health and education contributions. */
    public BigDecimal getNetAnnualCost() {
        return getNetWeeklyCost().multiply(BigDecimal.valueOf(weeksPerYear));
    }

    public String getProviderRef() {
        return provider.ref();
    }

    public int ageOn(LocalDate date) {
        return child.ageOn(date);
    }
}
