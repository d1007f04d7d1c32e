package io.reptempo.sensor;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How to read a recording whatever its format.
 *
 * @param reader   units for files that do not state them (the project format and {@code --columns} CSVs)
 * @param gyroFile a MetaWear gyroscope file named explicitly, or null to look beside the accelerometer file
 * @param columns  a column mapping for any other CSV, or null to detect the format from the header
 */
public record ImportOptions(ReaderOptions reader, Path gyroFile, ColumnMapping columns) {

    public ImportOptions {
        Objects.requireNonNull(reader, "reader");
    }

    /** Detect the format; the project format in its own units. */
    public static ImportOptions defaults() {
        return of(ReaderOptions.defaults());
    }

    public static ImportOptions of(ReaderOptions reader) {
        return new ImportOptions(reader, null, null);
    }

    public ImportOptions withGyroFile(Path file) {
        return new ImportOptions(reader, file, columns);
    }

    public ImportOptions withColumns(ColumnMapping mapping) {
        return new ImportOptions(reader, gyroFile, mapping);
    }
}
