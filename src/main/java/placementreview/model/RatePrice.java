package placementreview.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * Where a reference rate's weekly figure comes from: the rate as the table gives it, the financial year its price
 * belongs to, and (once uplifted to the review's financial year) the index values of both years. The uplifted rate is
 * {@code original x toIndex / fromIndex}, rounded once, half up, to the penny (docs/money.md, "Prices and years").
 *
 * @param original   the weekly rate as written in rules/reference/
 * @param priceYear  the financial year of that price, e.g. "2020-21"
 * @param atYear     the financial year the rate is priced at now (the price year until uplifted)
 * @param fromIndex  the index value of the price year (null until uplifted)
 * @param toIndex    the index value of the review's year (null until uplifted)
 */
public record RatePrice(BigDecimal original, String priceYear, String atYear, BigDecimal fromIndex,
                        BigDecimal toIndex) {
    private static final Pattern YEAR = Pattern.compile("(\\d{4})-(\\d{2})");

    /** A rate as read from its table, at its own year's prices. */
    public static RatePrice asRead(BigDecimal original, String priceYear) {
        return new RatePrice(original, priceYear, priceYear, null, null);
    }

    /** The same rate at another year's prices, given the index values of its price year and of that year. */
    public RatePrice upliftedTo(String year, BigDecimal priceYearIndex, BigDecimal yearIndex) {
        return new RatePrice(original, priceYear, year, priceYearIndex, yearIndex);
    }

    /** The weekly rate at {@link #atYear}'s prices: original x toIndex / fromIndex, to the penny (one rounding). */
    public BigDecimal weekly() {
        if (fromIndex == null) {
            return Money.pence(original);
        }
        return original.multiply(toIndex).divide(fromIndex, 2, RoundingMode.HALF_UP);
    }

    /** How many whole financial years the price is older than {@code year} ("2026-27" against "2020-21": 6). */
    public int yearsOlderThan(String year) {
        return startYear(year) - startYear(priceYear);
    }

    /** "978.75 a week at 2026-27 prices = 820.00 at 2020-21 prices x index 134.4 / 112.6", for evidence and explain. */
    public String describe() {
        if (fromIndex == null) {
            return weekly().toPlainString() + " a week at " + priceYear + " prices";
        }
        return weekly().toPlainString() + " a week at " + atYear + " prices = " + original.toPlainString() + " at "
                + priceYear + " prices x index " + toIndex.toPlainString() + " / " + fromIndex.toPlainString();
    }

    /** Whether the text is a financial year written as the tables write it: "2020-21" (the second year follows). */
    public static boolean isYear(String text) {
        var m = YEAR.matcher(text);
        return m.matches() && (Integer.parseInt(m.group(1)) + 1) % 100 == Integer.parseInt(m.group(2));
    }

    /** The financial year (April to March, written "2026-27") that contains the date. */
    public static String yearOf(LocalDate date) {
        int start = FinancialYear.containing(date).start().getYear();
        return start + "-" + String.format("%02d", (start + 1) % 100);
    }

    private static int startYear(String year) {
        return Integer.parseInt(year.substring(0, 4));
    }
}
