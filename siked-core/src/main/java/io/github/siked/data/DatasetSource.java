package io.github.siked.data;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a published dataset comes from: its upstream file, pinned to one commit and checked by
 * sha256, so that every run reads the same bytes.
 *
 * @param name the dataset name ({@code gsm8k-test})
 * @param fileName the upstream file name, as looked for below the data directory
 * @param url a raw file address at a pinned commit
 * @param sha256 the file's sha256, lowercase hex
 * @param license the upstream license, for the user's information
 */
public record DatasetSource(String name, String fileName, URI url, String sha256, String license) {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    /** The six published datasets, pinned (commits of 2021-11 to 2023-06, the newest upstream). */
    public static final List<DatasetSource> PINNED = List.of(
            new DatasetSource(
                    "gsm8k-train",
                    "train.jsonl",
                    raw(
                            "openai/grade-school-math",
                            "3101c7d5072418e28b9008a6636bde82a006892c",
                            "grade_school_math/data/train.jsonl"),
                    "17f347dc51477c50d4efb83959dbb7c56297aba886e5544ee2aaed3024813465",
                    "MIT"),
            new DatasetSource(
                    "gsm8k-test",
                    "test.jsonl",
                    raw(
                            "openai/grade-school-math",
                            "3101c7d5072418e28b9008a6636bde82a006892c",
                            "grade_school_math/data/test.jsonl"),
                    "3730d312f6e3440559ace48831e51066acaca737f6eabec99bccb9e4b3c39d14",
                    "MIT"),
            new DatasetSource(
                    "svamp",
                    "SVAMP.json",
                    raw("arkilpatel/SVAMP", "689d7ccac74b9983a2ac7cc3b264f441b99e7c53", "SVAMP.json"),
                    "5be77703a6d891ae476d7c082787ad361392aa02453b132516cdd5f4e7934e3e",
                    "MIT"),
            new DatasetSource(
                    "asdiv",
                    "ASDiv.xml",
                    raw("chaochun/nlu-asdiv-dataset", "883f90a9a65bf00304ba8f37423910fe743abc47", "dataset/ASDiv.xml"),
                    "ef8904068482919ac48c8eeaaf6df344b8a308ba66d048c2d4d87eab82dc4929",
                    "CC BY-NC 4.0"),
            new DatasetSource(
                    "multiarith",
                    "MultiArith.json",
                    raw(
                            "kojima-takeshi188/zero_shot_cot",
                            "5ef330fcdeec0cd26aee27943504f91f8ec1c33c",
                            "dataset/MultiArith/MultiArith.json"),
                    "dc9db1b6cc68b1ecc2dec830d15aaf8c9a0932aa31d5ffce88ef3628179d36f4",
                    "none stated upstream (research use)"),
            new DatasetSource(
                    "gsm-hard",
                    "gsmhardv2.jsonl",
                    raw(
                            "reasoning-machines/pal",
                            "f81ca2a9777f002f98a6b4d0f10b61bd5c8feb02",
                            "datasets/gsmhardv2.jsonl"),
                    "2032b0188a49ac0ec38cbe1e695e7d62d6dddc44bbb64f920728aca710e9ddef",
                    "Apache-2.0"));

    public DatasetSource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(license, "license");
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException(
                    "sha256 of " + name + " must be 64 lowercase hex digits, was '" + sha256 + "'");
        }
        if (fileName.contains("/") || fileName.contains("\\")) {
            throw new IllegalArgumentException(
                    "fileName of " + name + " must be a bare file name, was '" + fileName + "'");
        }
    }

    /** A file of a GitHub repository at one commit, as raw bytes. */
    private static URI raw(String repository, String commit, String path) {
        return URI.create("https://raw.githubusercontent.com/" + repository + "/" + commit + "/" + path);
    }

    /** The pinned source of a dataset name, if it is one of the published six. */
    public static Optional<DatasetSource> pinned(String name) {
        return PINNED.stream().filter(s -> s.name().equals(name)).findFirst();
    }
}
