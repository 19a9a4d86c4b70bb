package placementreview.model;

/**
 * What a placement's best saving counts when none of its step-down routes gets an in-house place (its open options
 * only, savings and cost recovered together). Given to the portfolio rules so CAP-02 can say what one more place would
 * add over what is counted now.
 */
public record SavingWithoutInHousePlace(String placementId, Savings counted) {
}
