#!/usr/bin/env python3
"""PyTorch's CPU training (and CNN inference) rate for nnlab-bench's cases.

nnlab-bench runs this once per round, between its own runs, so both see the
same load; it prints one JSON object on stdout:
  {"torch": "1.13.1", "blas": "...", "threads": 1,
   "results": [{"case": "mlp", "dtype": "float32", "train_samples_per_s": ...,
                "train_samples_per_s_wall": ..., ...}, ...]}
Rates are per CPU second of this process (time.process_time: every thread of
it, so a BLAS pool that spins counts too), and per wall second.

The networks and settings are nnlab-bench's (docs/benchmarks.md):
  mlp: 784-256-128-10, ReLU, softmax + cross entropy, Adam lr 0.001, batch 64,
       2048 random rows of U(0,1), random one-hot classes
  cnn: 1x28x28 -> conv 3x3x32 ReLU -> maxpool 2 -> conv 3x3x64 ReLU ->
       maxpool 2 -> dense 128 ReLU -> dense 10, softmax + cross entropy,
       Adam lr 0.001, batch 64, 1024 random images
  lstm: adding problem, 50 steps x 2 features -> nn.LSTM 64 units (last h) ->
       dense 1, MSE, Adam lr 0.001, batch 32, 1024 sequences
"""
import argparse
import json
import os
import sys
import time


def parse_args():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--case", action="append", choices=["mlp", "cnn", "lstm"], required=True)
    p.add_argument("--dtype", action="append", choices=["float32", "float64"])
    p.add_argument("--seconds", type=float, default=1.5, help="timed wall time per case and dtype")
    p.add_argument("--warmup", type=float, default=0.3)
    p.add_argument("--threads", type=int, default=1)
    return p.parse_args()


ARGS = parse_args()
# Before torch loads: OpenBLAS and OpenMP size their pools at start-up.
for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[var] = str(ARGS.threads)

import torch  # noqa: E402
from torch import nn  # noqa: E402

BATCH = {"mlp": 64, "cnn": 64, "lstm": 32}
LR = 0.001
STEPS, UNITS = 50, 64


def mlp():
    return nn.Sequential(nn.Linear(784, 256), nn.ReLU(), nn.Linear(256, 128), nn.ReLU(), nn.Linear(128, 10))


def cnn():
    return nn.Sequential(
        nn.Conv2d(1, 32, 3), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(32, 64, 3), nn.ReLU(), nn.MaxPool2d(2),
        nn.Flatten(), nn.Linear(64 * 5 * 5, 128), nn.ReLU(), nn.Linear(128, 10))


class Lstm(nn.Module):
    """Many-to-one: the LSTM's last h through a dense unit."""

    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(2, UNITS, batch_first=True)
        self.head = nn.Linear(UNITS, 1)

    def forward(self, x):
        _, (h, _) = self.lstm(x)
        return self.head(h[-1])


def adding(dtype, gen, rows=1024):
    """The adding problem: values U(0,1), one marked step in each half; the target is their sum."""
    values = torch.rand((rows, STEPS), generator=gen, dtype=dtype)
    half = STEPS // 2
    first = torch.randint(0, half, (rows,), generator=gen)
    second = torch.randint(half, STEPS, (rows,), generator=gen)
    markers = torch.zeros((rows, STEPS), dtype=dtype)
    markers[torch.arange(rows), first] = 1
    markers[torch.arange(rows), second] = 1
    x = torch.stack((values, markers), dim=2)
    y = (values * markers).sum(dim=1, keepdim=True)
    return x, y


def data(case, dtype, gen):
    if case == "lstm":
        return adding(dtype, gen)
    rows, shape = (2048, (784,)) if case == "mlp" else (1024, (1, 28, 28))
    x = torch.rand((rows,) + shape, generator=gen, dtype=dtype)
    y = torch.randint(0, 10, (rows,), generator=gen)
    return x, y


def timed(seconds, body):
    """Calls body() (returns samples done) for `seconds` of wall time."""
    samples = 0
    wall0, cpu0 = time.perf_counter(), time.process_time()
    while True:
        samples += body()
        wall = time.perf_counter() - wall0
        if wall >= seconds:
            break
    cpu = time.process_time() - cpu0
    return samples / cpu, samples / wall


def measure(case, dtype_name):
    dtype = getattr(torch, dtype_name)
    gen = torch.Generator().manual_seed(1)
    torch.manual_seed(1)
    model = {"mlp": mlp, "cnn": cnn, "lstm": Lstm}[case]().to(dtype)
    x, y = data(case, dtype, gen)
    loss_fn = nn.MSELoss() if case == "lstm" else nn.CrossEntropyLoss()
    batch = BATCH[case]
    opt = torch.optim.Adam(model.parameters(), lr=LR)
    rows = x.shape[0]
    state = {"cursor": 0, "order": torch.randperm(rows, generator=gen)}

    def train_step():
        c = state["cursor"]
        idx = state["order"][c:c + batch]
        xb, yb = x[idx], y[idx]
        opt.zero_grad(set_to_none=True)
        loss = loss_fn(model(xb), yb)
        loss.backward()
        opt.step()
        c += batch
        if c >= rows:
            c = 0
            state["order"] = torch.randperm(rows, generator=gen)
        state["cursor"] = c
        return idx.shape[0]

    model.train()
    timed(ARGS.warmup, train_step)
    train_cpu, train_wall = timed(ARGS.seconds, train_step)
    out = {"case": case, "dtype": dtype_name,
           "train_samples_per_s": train_cpu, "train_samples_per_s_wall": train_wall}
    if case == "cnn":
        model.eval()
        xb = x[:batch]

        def infer_step():
            with torch.no_grad():
                model(xb)
            return batch

        timed(ARGS.warmup, infer_step)
        infer_cpu, infer_wall = timed(ARGS.seconds, infer_step)
        out["infer_samples_per_s"] = infer_cpu
        out["infer_samples_per_s_wall"] = infer_wall
    return out


def main():
    torch.set_num_threads(ARGS.threads)
    results = [measure(case, dtype) for case in ARGS.case for dtype in (ARGS.dtype or ["float32", "float64"])]
    json.dump({"torch": torch.__version__, "blas": loaded_blas(), "threads": torch.get_num_threads(),
               "results": results}, sys.stdout)
    sys.stdout.write("\n")


def loaded_blas():
    """The BLAS library the process really mapped (Debian picks it by alternatives)."""
    libs = set()
    try:
        with open("/proc/self/maps") as maps:
            for line in maps:
                path = line.split()[-1]
                if "blas" in os.path.basename(path):
                    libs.add(os.path.realpath(path))
    except OSError:
        pass
    return ", ".join(sorted(libs)) or "unknown"


if __name__ == "__main__":
    main()
