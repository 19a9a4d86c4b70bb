package placementreview.model;

import java.math.BigDecimal;

/**
 * What this council pays a week for placements of one type and need band, from the reviewed caseload itself: how many
 * placements, and the lower quartile, median and upper quartile of their weekly cost (quartiles as a spreadsheet's
 * QUARTILE.INC, each rounded once to the penny; docs/money.md, "The council's own market"). {@code band} is null for
 * the placements whose need band the DST profile does not settle.
 */
public record MarketRate(PlacementType type, NeedBand band, int count, BigDecimal lowerQuartile, BigDecimal median,
                         BigDecimal upperQuartile) {

    /** "IFA at ELEVATED need", as a title shows the group. */
    public String group() {
        return type.label() + (band == null ? " (need band unknown)" : " at " + band + " need");
    }
}
