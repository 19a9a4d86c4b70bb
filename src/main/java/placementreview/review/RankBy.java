package placementreview.review;

import placementreview.io.InputException;

/** How the review orders placements: by net annual cost (default) or by the best achievable full-year saving. */
public enum RankBy {
    COST, SAVING;

    /** "cost" or "saving", as the CLI's --by and the web API's by= take it. */
    public static RankBy parse(String text) {
        return switch (text.strip()) {
            case "cost" -> COST;
            case "saving" -> SAVING;
            default -> throw new InputException("--by must be cost or saving, not " + text);
        };
    }
}
