package io.github.siked.data;

import io.github.siked.record.RecordFormatException;
import java.nio.file.Path;

/**
 * Where in an upstream file a record sits, so that every error about it says so: a line for JSONL
 * and XML, a record index (and the upstream id once known) for a JSON array.
 */
record RecordLocation(Path file, long line, String record) {

    /** A record on one line of a JSONL file. */
    static RecordLocation line(Path file, long line) {
        return new RecordLocation(file, line, null);
    }

    /** The record at a 0-based index of a JSON array or XML list, with its id when it has one. */
    static RecordLocation record(Path file, int index, String id) {
        String where = id == null ? "record " + index : "record " + index + " (id " + id + ")";
        return new RecordLocation(file, 0, where);
    }

    /** The same place, now that the record's id is known. */
    RecordLocation withId(int index, String id) {
        return record == null ? this : record(file, index, id);
    }

    /** An error at this place. */
    RecordFormatException error(String problem) {
        if (record == null) {
            return new RecordFormatException(file, line, problem);
        }
        return new RecordFormatException(file, record + ": " + problem);
    }
}
