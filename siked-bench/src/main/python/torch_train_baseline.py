"""Plain PyTorch training loop for the student benchmark's baseline (bench/run student).

Trains the same Llama-style decoder as siked-djl (RMSNorm, RoPE in the rotate_half convention,
grouped-query attention, SwiGLU with fused gate/up, fused q/k/v, tied embeddings) on rows packed
like the trainer's: each row of LENGTH tokens holds four examples back to back, each with its own
positions and a block-diagonal causal mask. AdamW, gradient clipping at 1.0. Prints one JSON line
with steady-state token slots per second after the warm-up steps, by the wall clock and per
second of process CPU time.

Run with Debian's interpreter, which has python3-torch: /usr/bin/python3 torch_train_baseline.py
--threads 1 ... (see --help).
"""
import argparse
import json
import math
import time

import torch
import torch.nn.functional as F
from torch import nn

EXAMPLES_PER_ROW = 4


class RmsNorm(nn.Module):
    def __init__(self, hidden, eps):
        super().__init__()
        self.weight = nn.Parameter(torch.ones(hidden))
        self.eps = eps

    def forward(self, x):
        return x * torch.rsqrt(x.pow(2).mean(-1, keepdim=True) + self.eps) * self.weight


def rotate_half(x):
    half = x.shape[-1] // 2
    return torch.cat((-x[..., half:], x[..., :half]), dim=-1)


class Layer(nn.Module):
    def __init__(self, a):
        super().__init__()
        self.heads, self.kv_heads, self.head_dim = a.heads, a.kv_heads, a.hidden // a.heads
        self.input_norm = RmsNorm(a.hidden, 1e-6)
        self.qkv = nn.Linear(a.hidden, (a.heads + 2 * a.kv_heads) * self.head_dim, bias=False)
        self.output = nn.Linear(a.heads * self.head_dim, a.hidden, bias=False)
        self.post_norm = RmsNorm(a.hidden, 1e-6)
        self.gate_up = nn.Linear(a.hidden, 2 * a.intermediate, bias=False)
        self.down = nn.Linear(a.intermediate, a.hidden, bias=False)
        self.intermediate = a.intermediate

    def forward(self, x, cos, sin, mask):
        b, s, _ = x.shape
        group = self.heads // self.kv_heads
        # (b, s, heads + 2·kv_heads, head_dim) -> (b, heads + 2·kv_heads, s, head_dim)
        qkv = self.qkv(self.input_norm(x)).view(b, s, -1, self.head_dim).transpose(1, 2)
        q, k, v = qkv.split([self.heads, self.kv_heads, self.kv_heads], dim=1)
        q = q * cos + rotate_half(q) * sin
        k = k * cos + rotate_half(k) * sin
        # Query groups stacked over the sequence axis: one matmul per kv head, no repeat of k/v.
        q = q.reshape(b, self.kv_heads, group * s, self.head_dim) / math.sqrt(self.head_dim)
        scores = (q @ k.transpose(2, 3)).view(b, self.kv_heads, group, s, s) + mask
        attended = scores.view(b, self.kv_heads, group * s, s).softmax(-1) @ v
        attended = attended.view(b, self.heads, s, self.head_dim).transpose(1, 2).reshape(b, s, -1)
        x = x + self.output(attended)
        gate, up = self.gate_up(self.post_norm(x)).split(self.intermediate, dim=-1)
        return x + self.down(F.silu(gate) * up)


class Decoder(nn.Module):
    def __init__(self, a):
        super().__init__()
        self.embedding = nn.Embedding(a.vocab, a.hidden)
        self.layers = nn.ModuleList(Layer(a) for _ in range(a.layers))
        self.final_norm = RmsNorm(a.hidden, 1e-6)

    def forward(self, tokens, cos, sin, mask):
        x = self.embedding(tokens)
        for layer in self.layers:
            x = layer(x, cos, sin, mask)
        # Tied LM head.
        return self.final_norm(x) @ self.embedding.weight.t()


def packed_inputs(a):
    """Positions restart per example; each example attends causally within itself."""
    example = a.length // EXAMPLES_PER_ROW
    positions = torch.arange(a.length) % example
    segments = torch.arange(a.length) // example
    visible = (segments[:, None] == segments[None, :]) & (positions[None, :] <= positions[:, None])
    visible &= torch.arange(a.length)[None, :] <= torch.arange(a.length)[:, None]
    mask = torch.zeros(a.length, a.length).masked_fill(~visible, float("-inf"))
    head_dim = a.hidden // a.heads
    inverse = 1.0 / (10000.0 ** (torch.arange(0, head_dim, 2).float() / head_dim))
    angles = positions[:, None].float() * inverse[None, :]
    angles = torch.cat((angles, angles), dim=-1)
    # (1, 1, s, head_dim) and (1, 1, 1, s, s) to broadcast over rows, heads and groups.
    return angles.cos()[None, None], angles.sin()[None, None], mask[None, None, None]


def matmul_peak(size=2048, rounds=5):
    a, b = torch.randn(size, size), torch.randn(size, size)
    best = 0.0
    for _ in range(rounds):
        start = time.perf_counter()
        (a @ b).sum().item()
        best = max(best, 2.0 * size ** 3 / (time.perf_counter() - start))
    return best


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    for name, default in [("vocab", 512), ("hidden", 256), ("intermediate", 768), ("layers", 6),
                          ("heads", 8), ("kv-heads", 4), ("batch", 8), ("length", 256),
                          ("warmup", 2), ("steps", 5), ("threads", 1)]:
        p.add_argument("--" + name, type=int, default=default)
    a = p.parse_args()
    torch.set_num_threads(a.threads)
    torch.manual_seed(1)
    model = Decoder(a)
    optimizer = torch.optim.AdamW(model.parameters(), lr=1e-3, weight_decay=0.0)
    cos, sin, mask = packed_inputs(a)
    times, cpu = [], []
    for step in range(a.warmup + a.steps):
        tokens = torch.randint(1, a.vocab, (a.batch, a.length + 1))
        logits = model(tokens[:, :-1], cos, sin, mask)
        loss = F.cross_entropy(logits.reshape(-1, a.vocab), tokens[:, 1:].reshape(-1))
        optimizer.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        optimizer.step()
        loss.item()
        times.append(time.perf_counter())
        cpu.append(time.process_time())
    seconds = times[-1] - times[a.warmup - 1]
    # Process CPU time: with one thread, the work itself, whatever the neighbours take.
    cpu_seconds = cpu[-1] - cpu[a.warmup - 1]
    print(json.dumps({
        "tokens_per_s": a.steps * a.batch * a.length / seconds,
        "cpu_tokens_per_s": a.steps * a.batch * a.length / cpu_seconds,
        "matmul_flops": matmul_peak(),
        "threads": torch.get_num_threads(),
        "torch": torch.__version__,
        "parameters": sum(p.numel() for p in model.parameters()),
    }))


if __name__ == "__main__":
    main()
