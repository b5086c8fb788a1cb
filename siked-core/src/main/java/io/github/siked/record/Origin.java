package io.github.siked.record;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Who wrote a sample: the teacher model or the student being trained. */
public enum Origin {
    TEACHER,
    STUDENT;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Origin fromId(String id) {
        for (Origin o : values()) {
            if (o.id().equals(id)) {
                return o;
            }
        }
        throw new IllegalArgumentException("unknown origin '" + id + "': use teacher or student");
    }
}
