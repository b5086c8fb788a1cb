package io.github.siked.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.siked.engine.Device;
import io.github.siked.engine.EngineSettings;
import io.github.siked.engine.Precision;
import org.junit.jupiter.api.Test;

/** The student's parameters, declared once, reach the engine as settings and nowhere else. */
class StudentParametersTest {

    @Test
    void aSamplingGoalHandsItsParametersToTheEngineWithTheTrainingIntervalsAtTheirDefaults() {
        SampleMojo sample = new SampleMojo();
        sample.engine = "djl";
        sample.device = "cpu";
        sample.threads = "2";
        sample.precision = "fp16";
        assertEquals(
                new EngineSettings("djl", Device.CPU, Precision.FP16, 2, 200, 10),
                sample.engineSettings().build());
        assertEquals(null, System.getProperty(EngineSettings.DEVICE), "no system property carries them");
    }

    @Test
    void aTrainingGoalAddsItsIntervals() {
        TrainMojo train = new TrainMojo();
        train.device = "auto";
        train.checkpointEvery = "0";
        train.logEvery = "1";
        assertEquals(
                new EngineSettings("djl", Device.AUTO, Precision.AUTO, 0, 0, 1),
                train.engineSettings().build());
    }

    @Test
    void theGoalFindsDjlByNameAndRefusesAnUnknownEngine() {
        EvaluateMojo evaluate = new EvaluateMojo();
        evaluate.device = "cpu";
        assertEquals("djl-pytorch", evaluate.studentEngine().name());
        evaluate.engine = "torch";
        assertEquals(
                "siked.engine 'torch' is not a student engine on the class path: use djl",
                assertThrows(IllegalArgumentException.class, evaluate::studentEngine)
                        .getMessage());
    }
}
