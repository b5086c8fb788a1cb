package io.github.siked.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.siked.data.synthetic.SyntheticConfig;
import io.github.siked.data.synthetic.SyntheticGenerator;
import io.github.siked.event.EventListener;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticDatasetsTest {

    @TempDir
    Path dataDir;

    @Test
    void resolvesEverySplitByName() {
        SyntheticConfig config = new SyntheticConfig(3, 40, 10, 20, 15);
        DatasetResolver resolver =
                SyntheticDatasets.resolver(DatasetResolver.of(dataDir, true, EventListener.NONE), config);
        Dataset test = resolver.resolve("synthetic:test");
        assertEquals("synthetic:test", test.name());
        assertEquals(20, test.size());
        assertEquals(new SyntheticGenerator(config).split("test").get(7).problem(), test.require("synthetic-test-7"));
        for (String split : SyntheticGenerator.splitNames()) {
            assertTrue(resolver.resolve("synthetic:" + split).size() > 0, split);
        }
    }

    @Test
    void unknownSplitNamesTheKnownOnes() {
        DatasetResolver resolver = SyntheticDatasets.resolver(
                DatasetResolver.of(dataDir, true, EventListener.NONE), SyntheticConfig.defaults(1));
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> resolver.resolve("synthetic:dev"));
        assertTrue(e.getMessage().contains("train, validation, test"), e.getMessage());
    }
}
