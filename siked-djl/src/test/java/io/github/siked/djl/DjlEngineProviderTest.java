package io.github.siked.djl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.siked.engine.EngineCatalog;
import io.github.siked.engine.EngineSettings;
import io.github.siked.student.StudentEngine;
import org.junit.jupiter.api.Test;

/** DJL's engine is found by name and built from the shared settings. */
class DjlEngineProviderTest {

    @Test
    void theCatalogFindsDjlByItsNameAndTheDefault() {
        StudentEngine engine = EngineCatalog.on(getClass().getClassLoader()).choose(EngineSettings.defaults());
        assertEquals("djl-pytorch", engine.name());
        assertEquals("djl-pytorch", engine.training().name());
        assertEquals(
                "siked.engine 'torch' is not a student engine on the class path: use djl",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> EngineCatalog.on(getClass().getClassLoader())
                                        .choose(EngineSettings.builder()
                                                .optEngine("torch")
                                                .build()))
                        .getMessage());
    }

    @Test
    void theProviderRefusesWhatDjlCannotRun() {
        DjlEngineProvider djl = new DjlEngineProvider();
        assertEquals("djl", djl.name());
        EngineSettings bf16 = EngineSettings.builder().optPrecision("bf16").build();
        assertTrue(assertThrows(IllegalArgumentException.class, () -> djl.training(bf16))
                .getMessage()
                .startsWith("siked.train.precision=bf16 is not available"));
        assertEquals(
                "djl-pytorch",
                djl.sampling(EngineSettings.defaults()).orElseThrow().name());
    }
}
