package bg.inkindmatch.core.place;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The provinces and municipalities of Bulgaria with the distances between municipalities.
 *
 * <p>
 * The standard data ({@link #standard()}) is the NSI EKATTE classifier with seat
 * coordinates from OpenStreetMap (© OpenStreetMap contributors, ODbL 1.0); see
 * {@code SOURCES.md} beside the data files. The distance between two municipalities is
 * the great-circle distance between their seats, computed once for every pair, so
 * look-ups cost no trigonometry. Instances are immutable and safe to share between
 * threads.
 */
public final class Places {

    private final Map<String, Province> provinces;

    private final List<Municipality> municipalities;

    private final Map<String, Integer> indexByCode;

    private final Map<String, List<Municipality>> byProvince;

    private final double[][] distanceKm;

    /**
     * Places of the given provinces and municipalities.
     * @throws IllegalArgumentException if a code repeats or a municipality names an
     * unknown province
     */
    public Places(List<Province> provinces, List<Municipality> municipalities) {
        Map<String, Province> provinceCodes = new LinkedHashMap<>();
        provinces.forEach(p -> {
            if (provinceCodes.putIfAbsent(p.code(), p) != null) {
                throw new IllegalArgumentException("province code repeats: " + p.code());
            }
        });
        List<Municipality> sorted = municipalities.stream().sorted(Comparator.comparing(Municipality::code)).toList();
        Map<String, Integer> index = new HashMap<>();
        Map<String, List<Municipality>> perProvince = new LinkedHashMap<>();
        for (Municipality m : sorted) {
            if (!provinceCodes.containsKey(m.provinceCode())) {
                throw new IllegalArgumentException(
                        "municipality " + m.code() + " names unknown province " + m.provinceCode());
            }
            if (index.putIfAbsent(m.code(), index.size()) != null) {
                throw new IllegalArgumentException("municipality code repeats: " + m.code());
            }
            perProvince.computeIfAbsent(m.provinceCode(), k -> new ArrayList<>()).add(m);
        }
        this.provinces = Map.copyOf(provinceCodes);
        this.municipalities = sorted;
        this.indexByCode = Map.copyOf(index);
        perProvince.replaceAll((code, list) -> List.copyOf(list));
        this.byProvince = Map.copyOf(perProvince);
        this.distanceKm = new double[sorted.size()][sorted.size()];
        for (int i = 0; i < sorted.size(); i++) {
            for (int j = i + 1; j < sorted.size(); j++) {
                double d = sorted.get(i).seat().distanceKm(sorted.get(j).seat());
                distanceKm[i][j] = d;
                distanceKm[j][i] = d;
            }
        }
    }

    /**
     * The 28 provinces and 265 municipalities of Bulgaria, read from the bundled
     * reference data.
     */
    public static Places standard() {
        List<Province> provinces = readCsv("provinces.csv", 8, c -> new Province(c[0], c[1], c[3], c[4],
                new GeoPoint(Double.parseDouble(c[6]), Double.parseDouble(c[7]))));
        List<Municipality> municipalities = readCsv("municipalities.csv", 7, c -> new Municipality(c[0], c[1], c[2],
                c[3], new GeoPoint(Double.parseDouble(c[5]), Double.parseDouble(c[6]))));
        return new Places(provinces, municipalities);
    }

    private static <T> List<T> readCsv(String resource, int columns, java.util.function.Function<String[], T> row) {
        try (InputStream in = Places.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<T> rows = new ArrayList<>();
            reader.readLine();
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                if (cells.length != columns) {
                    throw new IllegalStateException(resource + ": expected " + columns + " cells in " + line);
                }
                rows.add(row.apply(cells));
            }
            return List.copyOf(rows);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every province, ordered by code. */
    public List<Province> provinces() {
        return provinces.values().stream().sorted(Comparator.comparing(Province::code)).toList();
    }

    /** Every municipality, ordered by code. */
    public List<Municipality> municipalities() {
        return municipalities;
    }

    /**
     * The municipalities of a province, ordered by code; empty for an unknown province.
     */
    public List<Municipality> municipalitiesOf(String provinceCode) {
        return byProvince.getOrDefault(provinceCode, List.of());
    }

    /** The province with the given code. */
    public Optional<Province> province(String code) {
        return Optional.ofNullable(provinces.get(Objects.requireNonNull(code, "code")));
    }

    /** The municipality with the given code. */
    public Optional<Municipality> municipality(String code) {
        Integer index = indexByCode.get(Objects.requireNonNull(code, "code"));
        return index == null ? Optional.empty() : Optional.of(municipalities.get(index));
    }

    /**
     * The municipality with the given code.
     * @throws IllegalArgumentException if there is none
     */
    public Municipality requireMunicipality(String code) {
        return municipality(code).orElseThrow(() -> new IllegalArgumentException("unknown municipality: " + code));
    }

    /**
     * The great-circle distance between the seats of two municipalities, in kilometres.
     * @throws IllegalArgumentException if either is not one of these places
     */
    public double distanceKm(Municipality a, Municipality b) {
        return distanceKm[indexOf(a)][indexOf(b)];
    }

    /**
     * The municipalities whose seats lie within the given distance of a municipality's
     * seat, itself included.
     */
    public List<Municipality> within(Municipality centre, double radiusKm) {
        double[] row = distanceKm[indexOf(centre)];
        List<Municipality> near = new ArrayList<>();
        for (int i = 0; i < row.length; i++) {
            if (row[i] <= radiusKm) {
                near.add(municipalities.get(i));
            }
        }
        return near;
    }

    private int indexOf(Municipality municipality) {
        Integer index = indexByCode.get(municipality.code());
        if (index == null) {
            throw new IllegalArgumentException("municipality is not of these places: " + municipality.code());
        }
        return index;
    }

}
