package placementreview.io;

import static java.util.stream.Collectors.toSet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import placementreview.model.Capacity;
import placementreview.model.CaseFile;
import placementreview.model.DstDomain;
import placementreview.model.DstLevel;
import placementreview.model.FinancialYear;
import placementreview.model.InputNote;
import placementreview.model.Placement;
import placementreview.model.Rejection;

/**
 * Reads case files, JSON or CSV (by the extension), streaming: each placement record is read and validated on its
 * own, so a bad record is rejected with its reasons while the rest are kept, and a large file never becomes one tree
 * in memory. A file that breaks part way keeps the records before the break and reports the break as a rejection.
 */
public final class CaseFileReader {
    /** The file name that means standard input. */
    public static final String STDIN = "-";

    private final PlacementParser parser;

    public CaseFileReader(Map<DstDomain, DstLevel> dstCeilings) {
        this.parser = new PlacementParser(dstCeilings);
    }

    /** Reads several files as one caseload: header from the first file, placements from all. */
    public CaseFile readAll(List<Path> files, LocalDate asOfOverride) {
        return readSources(files.stream().map(CaseSource::file).toList(), asOfOverride);
    }

    /**
     * Reads several inputs as one caseload: header from the first, placements from all. The case file's
     * {@code inputSha256} is the SHA-256 of every input's bytes in the order given (of one file: its sha256sum).
     */
    public CaseFile readSources(List<CaseSource> sources, LocalDate asOfOverride) {
        CaseFile first = null;
        MessageDigest digest = Sha256.digest();
        List<Placement> placements = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        List<InputNote> notes = new ArrayList<>();
        List<String> origin = new ArrayList<>();
        for (CaseSource source : sources) {
            CaseFile next = read(source, asOfOverride, digest);
            if (first == null) {
                first = next;
            } else if (!next.asOf().equals(first.asOf())) {
                throw new InputException(source.name() + ": asOf " + next.asOf() + " differs from " + first.asOf()
                        + " in " + sources.get(0).name() + "; review files of one date together, or give --as-of");
            }
            for (Placement p : next.placements()) {
                placements.add(p);
                origin.add(source.name());
            }
            rejected.addAll(next.rejected());
            notes.addAll(next.notes());
        }
        if (first == null) {
            throw new InputException("no case file given");
        }
        List<Placement> unique = new ArrayList<>();
        Map<String, Integer> counts = countIds(placements);
        // a record rejected as a duplicate is not reviewed, so its notes go too (a CSV note names "P-7 (row 9)")
        notes.removeIf(n -> counts.entrySet().stream().anyMatch(c -> c.getValue() > 1
                && (n.id().equals(c.getKey()) || n.id().startsWith(c.getKey() + " ("))));
        for (int i = 0; i < placements.size(); i++) {
            Placement p = placements.get(i);
            if (counts.get(p.id()) > 1) {
                rejected.add(new Rejection(origin.get(i), p.id(), "id", "appears " + counts.get(p.id())
                        + " times across the files reviewed together; placement ids must be unique"));
            } else {
                unique.add(p);
            }
        }
        return new CaseFile(first.authority(), first.asOf(), first.financialYear(), first.capacity(),
                List.copyOf(unique), List.copyOf(rejected), List.copyOf(notes), Sha256.hex(digest));
    }

    public CaseFile read(Path file, LocalDate asOfOverride) {
        return readSources(List.of(CaseSource.file(file)), asOfOverride);
    }

    private CaseFile read(CaseSource source, LocalDate asOfOverride, MessageDigest digest) {
        String name = source.name();
        if (name.equals(STDIN)) {
            return readStandardInput(asOfOverride, digest);
        }
        try {
            // a FIFO or /dev/stdin has no size until it is read (size -1): only a 0-byte regular file is known empty
            if (source.size() == 0) {
                throw new InputException(name + ": the file is empty; expected a " + (source.csv() ? "CSV" : "JSON")
                        + " case file");
            }
            try (InputStream in = source.open()) {
                return read(name, in, asOfOverride, source.csv(), digest);
            }
        } catch (NoSuchFileException e) {
            throw new InputException(name + ": no such file");
        } catch (IOException e) {
            throw new InputException(name + ": cannot be read: " + e.getMessage());
        }
    }

    /** Standard input, JSON or CSV by its first character ({ or [ for JSON), named "stdin" in messages. */
    private CaseFile readStandardInput(LocalDate asOfOverride, MessageDigest digest) {
        BufferedInputStream in = new BufferedInputStream(System.in, 65_536);
        try {
            in.mark(4096);
            int first;
            int read = 0;
            do {
                first = in.read();
                read++;
            } while (first != -1 && Character.isWhitespace(first) && read < 4096);
            in.reset();
            if (first == -1) {
                throw new InputException("stdin: the input is empty; expected a JSON or CSV case file");
            }
            return read("stdin", in, asOfOverride, first != '{' && first != '[' && first != 0xEF, digest);
        } catch (IOException e) {
            throw new InputException("stdin: cannot be read: " + e.getMessage());
        }
    }

    /**
     * Reads a JSON case file from a stream (e.g. a web request's body), named {@code name} in every message, with
     * the same validation and messages as a file.
     */
    public CaseFile read(String name, InputStream in, LocalDate asOfOverride) {
        return read(name, in, asOfOverride, false);
    }

    /** Reads a JSON or CSV case file from a stream, named {@code name} in every message. */
    public CaseFile read(String name, InputStream in, LocalDate asOfOverride, boolean csv) {
        MessageDigest digest = Sha256.digest();
        CaseFile caseFile = read(name, in, asOfOverride, csv, digest);
        return new CaseFile(caseFile.authority(), caseFile.asOf(), caseFile.financialYear(), caseFile.capacity(),
                caseFile.placements(), caseFile.rejected(), caseFile.notes(), Sha256.hex(digest));
    }

    /**
     * Reads one input, adding every byte of it to {@code digest} (read to the end even when parsing stops early);
     * the caller finishes the digest, so several inputs hash as one.
     */
    private CaseFile read(String name, InputStream in, LocalDate asOfOverride, boolean csv, MessageDigest digest) {
        if (asOfOverride != null && !RecordFields.withinRange(asOfOverride)) {
            throw new InputException(name + ": the review date given, " + asOfOverride + ", is outside the dates a "
                    + "case file may hold (" + RecordFields.EARLIEST + " to " + RecordFields.LATEST + ")");
        }
        DigestInputStream hashed = new DigestInputStream(in, digest);
        InputStream unclosable = new FilterInputStream(hashed) {
            @Override
            public void close() {
                // the parser may close its input; the rest of the bytes must still be hashed below
            }
        };
        try {
            RawCaseFile raw = csv ? new CsvCaseFile(parser).read(unclosable, name)
                    : new JsonCaseFile(parser).read(unclosable, name);
            hashed.transferTo(OutputStream.nullOutputStream());
            Header header = new Header(raw.header());
            LocalDate asOf = asOfOverride != null ? asOfOverride : header.date(name, "asOf");
            if (asOf == null) {
                throw new InputException(name + ": asOf is missing; give the review date " + (csv
                        ? "in an asOf column or with --as-of" : "in the file (\"asOf\": \"2026-11-23\") or with --as-of"));
            }
            return assemble(name, header, asOf, asOfOverride != null, raw);
        } catch (JsonProcessingException e) {
            throw new InputException(name + ": " + JsonCaseFile.describe(e));
        } catch (IOException e) {
            throw new InputException(name + ": cannot be read: " + e.getMessage());
        }
    }

    private CaseFile assemble(String name, Header header, LocalDate asOf, boolean asOfGiven, RawCaseFile raw) {
        List<RawCaseFile.Entry> records = raw.entries();
        List<Rejection> rejected = new ArrayList<>();
        List<InputNote> notes = new ArrayList<>();
        FinancialYear year = header.financialYear(name, asOf, asOfGiven, notes);
        List<Placement> accepted = new ArrayList<>();
        Map<String, Integer> counts = new HashMap<>();
        records.forEach(r -> {
            if (r.parsed().id() != null) {
                counts.merge(r.parsed().id(), 1, Integer::sum);
            }
        });
        for (int i = 0; i < records.size(); i++) {
            RawCaseFile.Entry entry = records.get(i);
            PlacementParser.Parsed r = entry.parsed();
            String id = label(r.id(), entry.row(), i);
            int before = rejected.size();
            entry.problems().forEach(e -> rejected.add(new Rejection(name, id, e.field(), e.message())));
            // a field the reading already faulted (NaN, given twice) gets that one message, not a second
            Set<String> faulted = entry.problems().stream().map(RecordFields.FieldError::field).collect(toSet());
            r.errors().stream().filter(e -> !faulted.contains(e.field()))
                    .forEach(e -> rejected.add(new Rejection(name, id, e.field(), e.message())));
            if (r.id() != null && counts.get(r.id()) > 1) {
                rejected.add(new Rejection(name, id, "id", "appears " + counts.get(r.id())
                        + " times in the file; placement ids must be unique, so none of them was reviewed"));
            }
            if (r.birthMonth() != null && r.birthMonth().atDay(1).isAfter(asOf)) {
                rejected.add(new Rejection(name, id, "child.birthMonth", r.birthMonth()
                        + " is after the review date " + asOf + "; it must be on or before it"));
            }
            if (r.placement() != null && rejected.size() == before) {
                accepted.add(r.placement());
                r.notes().forEach(n -> notes.add(new InputNote(name, id, n.field(), n.message())));
            }
        }
        if (raw.broken() != null) {
            rejected.add(new Rejection(name, raw.broken().where(), "(file)", raw.broken().message()));
        }
        raw.notRead().forEach(b -> rejected.add(new Rejection(name, b.where(), "(file)", b.message())));
        return new CaseFile(header.text("authority"), asOf, year, header.capacity(name), List.copyOf(accepted),
                List.copyOf(rejected), List.copyOf(notes), null);
    }

    /** How a rejection names its record: the id, with the CSV row ("P-7 (row 9)"); by position when it has none. */
    private static String label(String id, String row, int index) {
        if (id != null) {
            return row == null ? id : id + " (" + row + ")";
        }
        return (row == null ? "record #" + (index + 1) : row) + " (no id)";
    }

    private static Map<String, Integer> countIds(List<Placement> placements) {
        Map<String, Integer> counts = new HashMap<>();
        placements.forEach(p -> counts.merge(p.id(), 1, Integer::sum));
        return counts;
    }

    /** The file's own fields (authority, asOf, financialYear, capacity): small, so kept as trees. */
    private static final class Header {
        /** How a note on the file's own fields names its record. */
        private static final String HEADER = "(header)";
        private final Map<String, JsonNode> fields = new HashMap<>();

        Header(Map<String, JsonNode> fields) {
            fields.forEach((field, value) -> {
                if (value != null && !value.isNull()) {
                    this.fields.put(field, value);
                }
            });
        }

        String text(String field) {
            JsonNode node = fields.get(field);
            return node == null || node.isNull() ? null : node.asText();
        }

        private JsonNode tree() {
            return JsonNodeFactory.instance.objectNode().setAll(fields);
        }

        LocalDate date(String file, String field) {
            RecordFields f = new RecordFields(tree());
            LocalDate value = f.date(field, false);
            failOn(file, f);
            return value;
        }

        /**
         * The financial year: as given, or, when the file gives neither start nor end, the UK financial year
         * (1 April to 31 March) containing asOf, with the file's budget if any. The review date must fall in it.
         */
        FinancialYear financialYear(String file, LocalDate asOf, boolean asOfGiven, List<InputNote> notes) {
            if (fields.get("financialYear") == null) {
                return FinancialYear.containing(asOf);
            }
            RecordFields f = new RecordFields(tree());
            LocalDate start = f.date("financialYear.start", false);
            LocalDate end = f.date("financialYear.end", false);
            BigDecimal budget = f.money("financialYear.placementBudget", false);
            failOn(file, f);
            f.notes().forEach(n -> notes.add(new InputNote(file, HEADER, n.field(), n.message())));
            if (start == null && end == null) {
                FinancialYear containing = FinancialYear.containing(asOf);
                return new FinancialYear(containing.start(), containing.end(), budget);
            }
            if (start == null || end == null) {
                throw new InputException(file + ": financialYear." + (start == null ? "end" : "start")
                        + " is given without financialYear." + (start == null ? "start" : "end")
                        + "; give both, or neither for the financial year 1 April to 31 March containing asOf");
            }
            if (end.isBefore(start)) {
                throw new InputException(file + ": financialYear.end " + end + " is before its start " + start);
            }
            if (asOf.isBefore(start) || asOf.isAfter(end)) {
                String given = asOfGiven ? " (the review date given, not the file's)" : "";
                throw new InputException(file + ": asOf " + asOf + given + " is outside the financial year " + start
                        + " to " + end + "; review a date within the year, or give the financial year that contains it");
            }
            return new FinancialYear(start, end, budget);
        }

        Capacity capacity(String file) {
            RecordFields f = new RecordFields(tree());
            Capacity capacity = new Capacity(f.integer("capacity.inHouseFosterVacancies", false, 0, 100_000),
                    f.integer("capacity.inHouseResidentialBeds", false, 0, 100_000),
                    f.integer("capacity.supportedAccommodationUnits", false, 0, 100_000));
            failOn(file, f);
            return capacity;
        }

        private static void failOn(String file, RecordFields f) {
            if (!f.errors().isEmpty()) {
                RecordFields.FieldError e = f.errors().get(0);
                throw new InputException(file + ": " + e.field() + " " + e.message());
            }
        }
    }
}
