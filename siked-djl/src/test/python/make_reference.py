#!/usr/bin/env python3
"""Writes the reference fixtures under src/test/resources/reference/<arch>/.

An independent plain-PyTorch implementation of the Llama, Qwen2 and Gemma decoders, written from
the Hugging Face transformers modeling semantics (LlamaForCausalLM, Qwen2ForCausalLM,
GemmaForCausalLM) without importing transformers or safetensors. For each architecture it makes a
tiny random checkpoint (config.json plus safetensors weights, written by the small writer below)
and the logits of a few token sequences (expected.json), computed in float32 like transformers.

Run with Debian's PyTorch:  /usr/bin/python3 siked-djl/src/test/python/make_reference.py
"""
import json
import math
import os
import struct

import torch
import torch.nn.functional as F

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "resources", "reference")

CONFIGS = {
    # Untied head, derived head_dim, float32 weights in two shards with an index.
    "llama": dict(model_type="llama", vocab_size=128, hidden_size=32, intermediate_size=96,
                  num_hidden_layers=2, num_attention_heads=4, num_key_value_heads=2,
                  rms_norm_eps=1e-5, rope_theta=10000.0, max_position_embeddings=256,
                  tie_word_embeddings=False, hidden_act="silu", attention_bias=False,
                  torch_dtype="float32"),
    # q/k/v biases, tied head, Qwen's large theta, bfloat16 weights.
    "qwen2": dict(model_type="qwen2", vocab_size=128, hidden_size=64, intermediate_size=128,
                  num_hidden_layers=2, num_attention_heads=4, num_key_value_heads=2,
                  rms_norm_eps=1e-6, rope_theta=1000000.0, max_position_embeddings=256,
                  tie_word_embeddings=True, hidden_act="silu", use_sliding_window=False,
                  torch_dtype="bfloat16"),
    # One KV head for four query heads, head_dim unlike hidden/heads, hidden_act "gelu" as in the
    # published Gemma configs (run as the tanh approximation), float16 weights.
    "gemma": dict(model_type="gemma", vocab_size=128, hidden_size=64, intermediate_size=96,
                  num_hidden_layers=2, num_attention_heads=4, num_key_value_heads=1, head_dim=32,
                  rms_norm_eps=1e-6, rope_theta=10000.0, max_position_embeddings=256,
                  hidden_act="gelu", torch_dtype="float16"),
}
DTYPES = {"float32": (torch.float32, "F32"), "bfloat16": (torch.bfloat16, "BF16"),
          "float16": (torch.float16, "F16")}


def head_dim(cfg):
    return cfg.get("head_dim") or cfg["hidden_size"] // cfg["num_attention_heads"]


def tied(cfg):
    return cfg.get("tie_word_embeddings", cfg["model_type"] == "gemma")


def random_weights(cfg, seed):
    """Weights large enough that attention and the softmax are far from uniform."""
    g = torch.Generator().manual_seed(seed)
    d, inter, v = cfg["hidden_size"], cfg["intermediate_size"], cfg["vocab_size"]
    hd, nh, nkv = head_dim(cfg), cfg["num_attention_heads"], cfg["num_key_value_heads"]
    gemma = cfg["model_type"] == "gemma"

    def normal(*shape, std=0.15):
        return torch.randn(*shape, generator=g) * std

    def norm_weight():
        # Gemma stores offsets from 1; the others store the scale itself.
        return normal(d, std=0.1) + (0.0 if gemma else 1.0)

    w = {"model.embed_tokens.weight": normal(v, d, std=0.5 if not gemma else 0.1)}
    for i in range(cfg["num_hidden_layers"]):
        p = f"model.layers.{i}."
        w[p + "input_layernorm.weight"] = norm_weight()
        w[p + "self_attn.q_proj.weight"] = normal(nh * hd, d)
        w[p + "self_attn.k_proj.weight"] = normal(nkv * hd, d)
        w[p + "self_attn.v_proj.weight"] = normal(nkv * hd, d)
        if cfg["model_type"] == "qwen2":
            w[p + "self_attn.q_proj.bias"] = normal(nh * hd, std=0.3)
            w[p + "self_attn.k_proj.bias"] = normal(nkv * hd, std=0.3)
            w[p + "self_attn.v_proj.bias"] = normal(nkv * hd, std=0.3)
        w[p + "self_attn.o_proj.weight"] = normal(d, nh * hd)
        w[p + "post_attention_layernorm.weight"] = norm_weight()
        w[p + "mlp.gate_proj.weight"] = normal(inter, d)
        w[p + "mlp.up_proj.weight"] = normal(inter, d)
        w[p + "mlp.down_proj.weight"] = normal(d, inter)
    w["model.norm.weight"] = norm_weight()
    if not tied(cfg):
        w["lm_head.weight"] = normal(v, d)
    # Round to the stored type, so the reference computes with exactly the stored values.
    stored = DTYPES[cfg["torch_dtype"]][0]
    return {k: t.to(stored).to(torch.float32) for k, t in w.items()}


def rms_norm(x, weight, eps, gemma):
    x = x * torch.rsqrt(x.pow(2).mean(-1, keepdim=True) + eps)
    return x * (1.0 + weight) if gemma else x * weight


def rotate_half(x):
    half = x.shape[-1] // 2
    return torch.cat((-x[..., half:], x[..., :half]), dim=-1)


def rotary(x, theta):
    """x: (batch, heads, seq, head_dim), positions 0..seq-1, transformers' default RoPE."""
    dim = x.shape[-1]
    inv_freq = 1.0 / (theta ** (torch.arange(0, dim, 2, dtype=torch.int64).float() / dim))
    positions = torch.arange(x.shape[2], dtype=torch.float32)
    freqs = positions[:, None] * inv_freq[None, :]
    emb = torch.cat((freqs, freqs), dim=-1)
    return x * emb.cos() + rotate_half(x) * emb.sin()


def logits(cfg, w, tokens):
    """tokens: (batch, seq) with no padding; returns (batch, seq, vocab)."""
    gemma = cfg["model_type"] == "gemma"
    eps, theta = cfg["rms_norm_eps"], cfg["rope_theta"]
    nh, nkv, hd = cfg["num_attention_heads"], cfg["num_key_value_heads"], head_dim(cfg)
    b, s = tokens.shape
    x = w["model.embed_tokens.weight"][tokens]
    if gemma:
        x = x * torch.tensor(cfg["hidden_size"] ** 0.5, dtype=x.dtype)
    causal = torch.full((s, s), float("-inf")).triu(1)
    for i in range(cfg["num_hidden_layers"]):
        p = f"model.layers.{i}."
        h = rms_norm(x, w[p + "input_layernorm.weight"], eps, gemma)

        def proj(name, heads):
            y = F.linear(h, w[p + f"self_attn.{name}.weight"], w.get(p + f"self_attn.{name}.bias"))
            return y.view(b, s, heads, hd).transpose(1, 2)

        q, k, v = proj("q_proj", nh), proj("k_proj", nkv), proj("v_proj", nkv)
        q, k = rotary(q, theta), rotary(k, theta)
        k = k.repeat_interleave(nh // nkv, dim=1)
        v = v.repeat_interleave(nh // nkv, dim=1)
        scores = q @ k.transpose(2, 3) / math.sqrt(hd) + causal
        attn = torch.softmax(scores, dim=-1) @ v
        attn = attn.transpose(1, 2).reshape(b, s, nh * hd)
        x = x + F.linear(attn, w[p + "self_attn.o_proj.weight"])
        h = rms_norm(x, w[p + "post_attention_layernorm.weight"], eps, gemma)
        gate = F.linear(h, w[p + "mlp.gate_proj.weight"])
        act = F.gelu(gate, approximate="tanh") if gemma else F.silu(gate)
        x = x + F.linear(act * F.linear(h, w[p + "mlp.up_proj.weight"]), w[p + "mlp.down_proj.weight"])
    x = rms_norm(x, w["model.norm.weight"], eps, gemma)
    head = w["model.embed_tokens.weight"] if tied(cfg) else w["lm_head.weight"]
    return F.linear(x, head)


def write_safetensors(path, tensors, dtype):
    """safetensors layout: u64 header length, JSON header (sorted, space-padded to 8), data."""
    torch_type, name = DTYPES[dtype]
    header, chunks, offset = {"__metadata__": {"format": "pt"}}, [], 0
    for key in sorted(tensors):
        t = tensors[key].to(torch_type).contiguous()
        raw = t.view(torch.int16 if t.element_size() == 2 else torch.int32).numpy().tobytes()
        header[key] = {"dtype": name, "shape": list(t.shape), "data_offsets": [offset, offset + len(raw)]}
        chunks.append(raw)
        offset += len(raw)
    text = json.dumps(header, separators=(",", ":")).encode()
    text += b" " * (-len(text) % 8)
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(text)) + text + b"".join(chunks))


def main():
    torch.set_num_threads(1)
    for seed, (arch, cfg) in enumerate(CONFIGS.items()):
        out = os.path.join(OUT, arch)
        os.makedirs(out, exist_ok=True)
        for old in os.listdir(out):
            if old.endswith(".safetensors") or old.endswith(".json"):
                os.remove(os.path.join(out, old))
        w = random_weights(cfg, 1000 + seed)
        with open(os.path.join(out, "config.json"), "w") as f:
            json.dump(cfg, f, indent=2)
        if arch == "llama":
            # Two shards and an index, as large checkpoints ship.
            first = {k: t for k, t in w.items() if k.startswith("model.layers.0.") or "embed" in k}
            second = {k: t for k, t in w.items() if k not in first}
            weight_map = {}
            for n, part in enumerate((first, second), start=1):
                shard = f"model-{n:05d}-of-00002.safetensors"
                write_safetensors(os.path.join(out, shard), part, cfg["torch_dtype"])
                weight_map.update({k: shard for k in part})
            index = {"metadata": {"total_size": sum(t.numel() * 4 for t in w.values())},
                     "weight_map": dict(sorted(weight_map.items()))}
            with open(os.path.join(out, "model.safetensors.index.json"), "w") as f:
                json.dump(index, f, indent=2)
        else:
            write_safetensors(os.path.join(out, "model.safetensors"), w, cfg["torch_dtype"])
        g = torch.Generator().manual_seed(2000 + seed)
        sequences = [torch.randint(0, cfg["vocab_size"], (n,), generator=g).tolist()
                     for n in (9, 4, 13)]
        expected = {"implementation": "siked-djl/src/test/python/make_reference.py (plain PyTorch "
                                      + torch.__version__ + ", float32)",
                    "tokens": sequences, "logits": []}
        with torch.no_grad():
            for seq in sequences:
                out_logits = logits(cfg, w, torch.tensor([seq]))[0]
                expected["logits"].append([[float("%.9g" % v) for v in row] for row in out_logits.tolist()])
        with open(os.path.join(out, "expected.json"), "w") as f:
            json.dump(expected, f, separators=(",", ":"))
        print(arch, "written to", os.path.relpath(out))


if __name__ == "__main__":
    main()
