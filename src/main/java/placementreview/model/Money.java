package placementreview.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Pounds as BigDecimal: rounding to pence and formatting for people. */
public final class Money {
    private static final DecimalFormatSymbols UK = DecimalFormatSymbols.getInstance(Locale.UK);

    private Money() {
    }

    public static BigDecimal pence(BigDecimal pounds) {
        return pounds.setScale(2, RoundingMode.HALF_UP);
    }

    /** "£12,340.00"; negative amounts as "-£5.00". */
    public static String gbp(BigDecimal pounds) {
        DecimalFormat format = new DecimalFormat("#,##0.00", UK);
        String digits = format.format(pence(pounds).abs());
        return (pounds.signum() < 0 ? "-£" : "£") + digits;
    }

    /** "£12,340" for headline figures (rounded to whole pounds). */
    public static String gbpWhole(BigDecimal pounds) {
        DecimalFormat format = new DecimalFormat("#,##0", UK);
        String digits = format.format(pounds.setScale(0, RoundingMode.HALF_UP).abs());
        return (pounds.signum() < 0 ? "-£" : "£") + digits;
    }
}
