package placementreview.model;

import java.math.BigDecimal;

/** One funder's part of a placement's cost: pounds a week, pounds a year (weekly x weeks per year) and % of the weekly cost. */
public record FunderShare(BigDecimal weekly, BigDecimal annual, BigDecimal share) {
}
