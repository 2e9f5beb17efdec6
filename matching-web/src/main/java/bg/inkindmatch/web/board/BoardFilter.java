package bg.inkindmatch.web.board;

/**
 * What the board shows: all open posts of one side, optionally of one category (a branch
 * includes its leaves), one province or one municipality, a page at a time.
 *
 * @param category a category code, or blank for all
 * @param province a province code, or blank for all
 * @param municipality a municipality code, or blank for all
 * @param page the page, from 0
 * @param size posts per page, 1 to 100
 */
public record BoardFilter(String category, String province, String municipality, int page, int size) {

    public BoardFilter {
        category = category == null ? "" : category.trim();
        province = province == null ? "" : province.trim();
        municipality = municipality == null ? "" : municipality.trim();
        page = Math.max(0, page);
        size = Math.max(1, Math.min(100, size));
    }
}
