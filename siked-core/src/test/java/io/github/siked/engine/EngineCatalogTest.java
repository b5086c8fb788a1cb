package io.github.siked.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.siked.student.SamplingEngine;
import io.github.siked.student.StudentEngine;
import io.github.siked.student.StudentSampler;
import io.github.siked.student.StudentTrainer;
import io.github.siked.student.TrainingEngine;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Engines chosen by name: the choice, the composed engine, and what a user reads when it fails. */
class EngineCatalogTest {

    private static final EngineSettings DJL = EngineSettings.defaults();

    @Test
    void theNamedProviderBuildsBothSidesWithTheSettings() {
        Both djl = new Both("djl", "djl-pytorch");
        StudentEngine engine = new EngineCatalog(List.of(new Both("other", "other"), djl)).choose(DJL);
        assertSame(DJL, djl.built);
        assertEquals("djl-pytorch", engine.name());
        assertEquals(Map.of("device", "cpu"), engine.settings(), "one engine's settings, unprefixed");
        assertEquals("djl-pytorch", engine.training().name());
        assertEquals("djl-pytorch", engine.sampling().name());
    }

    @Test
    void aTrainerAndASamplerOfDifferentEnginesKeepTheirOwnNamesAndSettings() {
        StudentEngine engine = new ChosenEngine(new Both("a", "command").side(), new Both("b", "openai").side());
        assertEquals("command+openai", engine.name());
        assertEquals(Map.of("trainer.device", "cpu", "sampler.device", "cpu"), engine.settings());
        assertEquals("command", engine.training().name());
        assertEquals(Map.of("device", "cpu"), engine.sampling().settings());
    }

    @Test
    void anUnknownNameListsTheEnginesFound() {
        EngineCatalog catalog = new EngineCatalog(List.of(new Both("djl", "djl-pytorch"), new Both("a", "a")));
        assertEquals(
                "siked.engine 'torch' is not a student engine on the class path: use a, djl",
                refusal(catalog, "torch"));
        assertEquals(
                "siked.engine 'djl' is not a student engine on the class path: use a, or add"
                        + " io.github.siked:siked-djl to the siked plugin's dependencies",
                refusal(new EngineCatalog(List.of(new Both("a", "a"))), "djl"));
    }

    @Test
    void noEngineAtAllSaysWhichArtifactToAdd() {
        assertEquals(
                "no student engine on the class path for siked.engine=djl: add io.github.siked:siked-djl"
                        + " to the siked plugin's dependencies",
                refusal(new EngineCatalog(List.of()), "djl"));
        assertEquals(
                "no student engine on the class path for siked.engine=x", refusal(new EngineCatalog(List.of()), "x"));
    }

    @Test
    void twoEnginesOfOneNameAreRefused() {
        EngineCatalog catalog = new EngineCatalog(List.of(new Both("djl", "a"), new Both("djl", "b")));
        assertEquals(
                "siked.engine 'djl' names 2 student engines on the class path (" + Both.class.getName() + ", "
                        + Both.class.getName() + "): keep one of the jars",
                refusal(catalog, "djl"));
    }

    @Test
    void aProviderWithoutASideSaysSo() {
        EngineProvider samplesOnly = new Both("openai", "openai") {
            @Override
            public Optional<TrainingEngine> training(EngineSettings settings) {
                return Optional.empty();
            }
        };
        assertEquals(
                "siked.engine 'openai' cannot train students: choose an engine that can",
                refusal(new EngineCatalog(List.of(samplesOnly)), "openai"));
    }

    @Test
    void theServiceLoaderFindsNoEngineInTheCore() {
        assertEquals(
                "no student engine on the class path for siked.engine=djl: add io.github.siked:siked-djl"
                        + " to the siked plugin's dependencies",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> EngineCatalog.on(getClass().getClassLoader())
                                        .choose(DJL))
                        .getMessage());
    }

    private static String refusal(EngineCatalog catalog, String name) {
        EngineSettings settings = new EngineSettings(name, Device.CPU, Precision.AUTO, 0, 200, 10);
        return assertThrows(IllegalArgumentException.class, () -> catalog.choose(settings))
                .getMessage();
    }

    /** A provider of both sides that records the settings it was built with. */
    private static class Both implements EngineProvider {
        private final String name;
        private final String engineName;
        EngineSettings built;

        Both(String name, String engineName) {
            this.name = name;
            this.engineName = engineName;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Optional<TrainingEngine> training(EngineSettings settings) {
            built = settings;
            return Optional.of(side());
        }

        @Override
        public Optional<SamplingEngine> sampling(EngineSettings settings) {
            built = settings;
            return Optional.of(side());
        }

        StudentEngine side() {
            return new StudentEngine() {
                @Override
                public String name() {
                    return engineName;
                }

                @Override
                public Map<String, String> settings() {
                    return Map.of("device", "cpu");
                }

                @Override
                public StudentTrainer trainer() {
                    throw new UnsupportedOperationException();
                }

                @Override
                public StudentSampler sampler(Path modelDir, int iteration) {
                    throw new UnsupportedOperationException();
                }
            };
        }
    }
}
