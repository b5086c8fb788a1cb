package io.github.siked.maven;

import io.github.siked.engine.EngineCatalog;
import io.github.siked.engine.EngineSettings;
import io.github.siked.student.StudentEngine;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The parameters of every goal that runs the student ({@code experiment}, {@code train},
 * {@code sample}, {@code evaluate}): which engine, where, in what arithmetic and on how many CPU
 * threads. They are the engine's settings, not the core's training or sampling configuration;
 * the train and sample stages record the device and precision the engine resolved, so changing
 * one runs those stages again, while threads change speed only and re-run nothing.
 */
abstract class AbstractStudentMojo extends AbstractSikedMojo {

    /**
     * The engine that trains and samples the student, by name: {@code djl} (DJL's PyTorch engine,
     * on the CPU or one GPU, shipped with the plugin). A name no engine on the plugin's class path
     * answers to fails, listing the engines found. Default: {@code djl}.
     */
    @Parameter(property = EngineSettings.ENGINE, defaultValue = EngineSettings.DEFAULT_ENGINE)
    String engine;

    /**
     * Where the student trains and samples: {@code auto} (the first GPU when the engine's libtorch
     * is a CUDA build and sees one, else the CPU), {@code cpu}, or {@code gpu} (fails, saying how to
     * get CUDA libtorch, when there is none). The log's {@code student on …} line names the device
     * and the libtorch build. Default: {@code auto}.
     */
    @Parameter(property = EngineSettings.DEVICE, defaultValue = "auto")
    String device;

    /**
     * libtorch's CPU threads for training and sampling, for example {@code 1} on a machine that
     * other work keeps busy: libtorch's default, one thread per core, is fastest on an idle machine
     * but several times slower when the cores are shared. It is not recorded in the stage
     * manifests, so changing it re-runs nothing. Default: 0, libtorch's own count.
     */
    @Parameter(property = EngineSettings.THREADS, defaultValue = "0")
    String threads;

    /**
     * The arithmetic the student trains and samples in: {@code auto} (on a GPU, fp16 mixed
     * precision for training — float16 forward and backward, float32 master weights, dynamic loss
     * scaling — and float16 weights and activations for sampling; fp32 on the CPU), {@code fp32}, or
     * {@code fp16} (on the CPU too, with a warning: half matmuls are about 100 times slower there).
     * {@code bf16} is refused by the {@code djl} engine with the reason (DJL 0.35.1 aborts on
     * bfloat16 arrays). Default: {@code auto}.
     */
    @Parameter(property = EngineSettings.PRECISION, defaultValue = "auto")
    String precision;

    /** The engine settings from this goal's parameters; a bad value fails naming its property. */
    EngineSettings.Builder engineSettings() {
        return EngineSettings.builder()
                .optEngine(engine)
                .optDevice(device)
                .optThreads(threads)
                .optPrecision(precision);
    }

    /** The engine {@code siked.engine} names, built with this goal's settings. */
    StudentEngine studentEngine() {
        return EngineCatalog.on(getClass().getClassLoader())
                .choose(engineSettings().build());
    }
}
