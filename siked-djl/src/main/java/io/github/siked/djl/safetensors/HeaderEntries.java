package io.github.siked.djl.safetensors;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;

/** Checks one tensor's header entry: a known dtype, a shape, and offsets that fit the shape. */
final class HeaderEntries {

    private HeaderEntries() {}

    static TensorEntry parse(Path file, String name, JsonNode node) throws ModelFileException {
        if (!node.isObject()) {
            throw bad(file, name, "is not an object");
        }
        String dtypeName = node.path("dtype").asText("");
        DType dtype = DType.fromHeader(dtypeName)
                .orElseThrow(() -> new ModelFileException(
                        file,
                        "tensor " + name + " has dtype '" + dtypeName
                                + "', which siked cannot read: store weights as F32, F16 or BF16"));
        JsonNode shapeNode = node.path("shape");
        JsonNode offsets = node.path("data_offsets");
        if (!shapeNode.isArray()) {
            throw bad(file, name, "has no shape array");
        }
        if (!offsets.isArray()
                || offsets.size() != 2
                || !offsets.get(0).canConvertToLong()
                || !offsets.get(1).canConvertToLong()) {
            throw bad(file, name, "needs data_offsets [begin, end]");
        }
        long[] shape = new long[shapeNode.size()];
        for (int i = 0; i < shape.length; i++) {
            JsonNode dimension = shapeNode.get(i);
            if (!dimension.canConvertToLong() || dimension.asLong() < 0) {
                throw bad(file, name, "has a bad shape " + shapeNode);
            }
            shape[i] = dimension.asLong();
        }
        long count = FloatTensor.elementCount(shape);
        if (count < 0) {
            throw bad(file, name, "has shape " + shapeNode + ", too large for one Java array");
        }
        long begin = offsets.get(0).asLong();
        long end = offsets.get(1).asLong();
        if (begin < 0 || end - begin != count * dtype.bytes()) {
            throw bad(
                    file,
                    name,
                    "has data_offsets " + offsets + " but shape " + shapeNode + " of " + dtype + " needs "
                            + count * dtype.bytes() + " bytes");
        }
        return new TensorEntry(name, dtype, shape, begin, end);
    }

    private static ModelFileException bad(Path file, String name, String problem) {
        return new ModelFileException(file, "bad header: tensor " + name + " " + problem);
    }
}
