package placementreview.model;

/** In-house capacity available for step-down moves; null means not known. */
public record Capacity(Integer inHouseFosterVacancies, Integer inHouseResidentialBeds,
                       Integer supportedAccommodationUnits) {
    public static final Capacity UNKNOWN = new Capacity(null, null, null);
}
