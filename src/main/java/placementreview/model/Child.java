package placementreview.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * The child, by pseudonym only: age comes from the birth month, never a date of birth. Null means not known.
 * {@code ehcpWeeks}: the weeks a year of provision the child's EHCP specifies (38 = term-time only, 52 = all year).
 */
public record Child(String ref, YearMonth birthMonth, LegalStatus legalStatus, Boolean ehcp, Boolean uasc,
                    Integer ehcpWeeks) {

    /** A child whose EHCP weeks of provision are not known. */
    public Child(String ref, YearMonth birthMonth, LegalStatus legalStatus, Boolean ehcp, Boolean uasc) {
        this(ref, birthMonth, legalStatus, ehcp, uasc, null);
    }

    /** Whole years of age on the given date, counting the child as born on the 1st of the birth month. */
    public int ageOn(LocalDate date) {
        return (int) ChronoUnit.YEARS.between(birthMonth.atDay(1), date);
    }
}
