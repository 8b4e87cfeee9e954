// The fixed part of the generated PyTorch script (PytorchExport.cpp fills in
// @HEADER@, @CONFIG@, @MODEL@ and @PARAMS@). Everything here restates a rule
// of the engine in PyTorch, each with the nnlab file it mirrors:
//   losses       core/losses/*.cpp (reductions of ../shared/oracle/README.md;
//                bce/cce clamp p like nnlab: the value is clamped, the gradient passes)
//   penalty      core/training/Regularizer.cpp (weights only: l2 sum W^2 + l1 sum |W|)
//   step order   core/training/TrainStep.cpp (penalty grads, clip value, clip norm, step, proximal L1, max-norm)
//   optimizers   torch.optim with nnlab's hyperparameters, except nadam: Dozat's
//                rule with a constant beta1 (core/optimizers/Nadam.h), written out
//   schedule     scheduledLearningRate (the supervised task's schedule), set at the start of each epoch
//   evaluation   the supervised task's evaluate (loss + penalty; accuracy or RMSE)
#include "export/PytorchExport.h"

#include <string>

namespace nnlab {

namespace {

const char* const kScriptHead = R"PY(#!/usr/bin/env python3
@HEADER@
import argparse
import copy
import json
import math
import os

import numpy as np
import torch
from torch import nn

torch.set_default_dtype(torch.float64)  # nnlab computes in float64
HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- experiment
@CONFIG@

)PY";

// Also the generator script's (GeneratorExport.cpp): the modules, the model, the weights.
const char* const kModules = R"PY(# ------------------------------------------- layers torch.nn does not have
class Maxout(nn.Module):
    """z = x W^T + b, then the max of each group of PIECES consecutive z."""

    def __init__(self, n_in, units, pieces):
        super().__init__()
        self.units, self.pieces = units, pieces
        self.linear = nn.Linear(n_in, units * pieces)

    def forward(self, x):
        return self.linear(x).view(-1, self.units, self.pieces).max(dim=2).values


class RowSoftmax(nn.Module):
    """Softmax over each sample (a whole row, also for an image)."""

    def forward(self, x):
        return torch.softmax(x.flatten(1), dim=1).view_as(x)


class HardSigmoid(nn.Module):
    """clamp(x/6 + 1/2, 0, 1), gradient 1/6 on the closed interval [-3, 3]."""

    def forward(self, x):
        return torch.clamp(x / 6.0 + 0.5, 0.0, 1.0)


class Softplus(nn.Module):
    """max(x, 0) + log1p(e^-|x|) for every x (nn.Softplus returns x itself above 20)."""

    def forward(self, x):
        return torch.relu(x) + torch.log1p(torch.exp(-x.abs()))


class BinaryStep(nn.Module):
    """1 where x >= threshold, else 0 (no gradient)."""

    def __init__(self, threshold):
        super().__init__()
        self.threshold = threshold

    def forward(self, x):
        return (x >= self.threshold).to(x.dtype)


class GlobalAvgPool(nn.Module):
    """(N, C, H, W) -> (N, C): the mean over each channel."""

    def forward(self, x):
        return x.mean(dim=(2, 3))


class Recurrent(nn.Module):
    """rnn, lstm or gru as core/layers/Recurrent.h: input (N, T, F); output every
    h_t (N, T, H) with return_sequences, else the last h (N, H). truncate = k > 0:
    in training the state is detached every k steps (truncated BPTT: the values
    flow on, the gradient stops). Bidirectional (core/layers/Bidirectional.h): a
    second cell reads the sequence backwards, its outputs put back in time order,
    then merged: concat [hF, hB], sum or multiply."""
    CELLS = {"rnn": nn.RNN, "lstm": nn.LSTM, "gru": nn.GRU}

    def __init__(self, kind, n_in, units, return_sequences, truncate, bidirectional, merge, nonlinearity=None):
        super().__init__()
        self.sequences, self.truncate, self.merge = return_sequences, truncate, merge
        extra = {"nonlinearity": nonlinearity} if nonlinearity else {}
        self.forward_cell = self.CELLS[kind](n_in, units, batch_first=True, **extra)
        self.backward_cell = self.CELLS[kind](n_in, units, batch_first=True, **extra) if bidirectional else None

    def run(self, cell, x):
        chunk = self.truncate if self.training and self.truncate > 0 else x.shape[1]
        outputs, state = [], None
        for start in range(0, x.shape[1], chunk):
            if state is not None:
                state = tuple(s.detach() for s in state) if isinstance(state, tuple) else state.detach()
            y, state = cell(x[:, start:start + chunk], state)
            outputs.append(y)
        y = torch.cat(outputs, dim=1)
        return y if self.sequences else y[:, -1]

    def forward(self, x):
        y = self.run(self.forward_cell, x)
        if self.backward_cell is None:
            return y
        b = self.run(self.backward_cell, x.flip(1))
        if self.sequences:
            b = b.flip(1)
        if self.merge == "sum":
            return y + b
        if self.merge == "multiply":
            return y * b
        return torch.cat([y, b], dim=-1)


# --------------------------------------------------------------- the network
@MODEL@


# (module, attribute, key in weights.npz, nnlab's shape)
@PARAMS@


def load_weights(model, path):
    arrays = np.load(path)
    with torch.no_grad():
        for module, attr, key, _ in PARAMS:
            target = getattr(model.get_submodule(module), attr)
            target.copy_(torch.from_numpy(np.ascontiguousarray(arrays[key])).reshape(target.shape))
)PY";

const char* const kTraining = R"PY(

def save_weights(model, path):
    arrays = {}
    for module, attr, key, shape in PARAMS:
        arrays[key] = getattr(model.get_submodule(module), attr).detach().cpu().numpy().reshape(shape)
    np.savez(path, **arrays)


def penalized(model):
    """The weights L1/L2 and max-norm apply to (not biases, slopes or batch-norm scales)."""
    return [getattr(model.get_submodule(module), attr) for module, attr in WEIGHTS]


# -------------------------------------------------------------------- losses
def clamp_value(p, low, high):
    """p clamped in value; the gradient passes unchanged, as in nnlab's bce and cce."""
    return p + (p.clamp(low, high) - p).detach()


def data_loss(p, y):
    if LOSS == "mse":
        return ((p - y) ** 2).mean()
    if LOSS == "mae":
        return (p - y).abs().mean()
    if LOSS == "huber":
        a, d = (p - y).abs(), LOSS_PARAMS["delta"]
        return torch.where(a <= d, 0.5 * a * a, d * (a - 0.5 * d)).mean()
    if LOSS == "log_cosh":
        a = (p - y).abs()
        return (a + torch.log1p(torch.exp(-2.0 * a)) - math.log(2.0)).mean()
    if LOSS == "bce":
        q = clamp_value(p, 1e-12, 1.0 - 1e-12)
        return -(y * torch.log(q) + (1.0 - y) * torch.log1p(-q)).mean()
    if LOSS == "cce":
        return -(y * torch.log(clamp_value(p, 1e-12, math.inf))).sum() / p.shape[0]
    if LOSS == "sparse_cce":
        picked = p[torch.arange(p.shape[0]), y[:, 0].long()]
        return -torch.log(clamp_value(picked, 1e-12, math.inf)).mean()
    if LOSS == "hinge":
        return torch.relu(1.0 - y * p).mean()
    raise ValueError("unknown loss " + LOSS)


def penalty(model):
    total = torch.zeros(())
    for w in penalized(model):
        if L2 != 0.0:
            total = total + L2 * (w * w).sum()
        if L1 != 0.0:
            term = L1 * w.abs().sum()
            # Proximal L1 moves the weights after the update (l1_prox), not through the gradient.
            total = total + (term.detach() if L1_PROXIMAL else term)
    return total


@torch.no_grad()
def l1_prox(model, lr):
    """The proximal L1 step: w = sign(w) max(|w| - lr l1, 0), so unneeded weights become exactly 0."""
    if L1 != 0.0 and L1_PROXIMAL:
        for w in penalized(model):
            w.copy_(torch.sign(w) * torch.clamp(w.abs() - lr * L1, min=0.0))


# ---------------------------------------------------------------- optimizers
class NadamConstant(torch.optim.Optimizer):
    """Nadam with a constant beta1 (Dozat 2016, no momentum schedule):
    m = b1 m + (1-b1) g;  v = b2 v + (1-b2) g^2
    w -= lr (b1 m / (1-b1^(t+1)) + (1-b1) g / (1-b1^t)) / (sqrt(v / (1-b2^t)) + eps)"""

    def __init__(self, params, lr, beta1, beta2, eps):
        super().__init__(params, dict(lr=lr, beta1=beta1, beta2=beta2, eps=eps))

    @torch.no_grad()
    def step(self):
        for group in self.param_groups:
            lr, b1, b2, eps = group["lr"], group["beta1"], group["beta2"], group["eps"]
            for w in group["params"]:
                if w.grad is None:
                    continue
                state = self.state[w]
                if not state:
                    state["t"] = 0
                    state["m"] = torch.zeros_like(w)
                    state["v"] = torch.zeros_like(w)
                state["t"] += 1
                t, g, m, v = state["t"], w.grad, state["m"], state["v"]
                m.mul_(b1).add_(g, alpha=1.0 - b1)
                v.mul_(b2).addcmul_(g, g, value=1.0 - b2)
                mhat = (b1 / (1.0 - b1 ** (t + 1))) * m + ((1.0 - b1) / (1.0 - b1 ** t)) * g
                w.sub_(lr * mhat / ((v / (1.0 - b2 ** t)).sqrt() + eps))


def make_optimizer(model):
    h, params = HYPER, model.parameters()
    if OPTIMIZER == "sgd":
        return torch.optim.SGD(params, lr=h["lr"])
    if OPTIMIZER == "momentum":
        return torch.optim.SGD(params, lr=h["lr"], momentum=h["momentum"])
    if OPTIMIZER == "nesterov":
        return torch.optim.SGD(params, lr=h["lr"], momentum=h["momentum"], nesterov=True)
    if OPTIMIZER == "adagrad":
        return torch.optim.Adagrad(params, lr=h["lr"], eps=h["eps"])
    if OPTIMIZER == "adadelta":
        return torch.optim.Adadelta(params, lr=h["lr"], rho=h["rho"], eps=h["eps"])
    if OPTIMIZER == "rmsprop":
        return torch.optim.RMSprop(params, lr=h["lr"], alpha=h["rho"], eps=h["eps"])
    betas = (h.get("beta1", 0.9), h.get("beta2", 0.999))
    if OPTIMIZER == "adam":
        return torch.optim.Adam(params, lr=h["lr"], betas=betas, eps=h["eps"])
    if OPTIMIZER == "amsgrad":
        return torch.optim.Adam(params, lr=h["lr"], betas=betas, eps=h["eps"], amsgrad=True)
    if OPTIMIZER == "adamw":
        return torch.optim.AdamW(params, lr=h["lr"], betas=betas, eps=h["eps"], weight_decay=h["weight_decay"])
    if OPTIMIZER == "adamax":
        return torch.optim.Adamax(params, lr=h["lr"], betas=betas, eps=h["eps"])
    if OPTIMIZER == "nadam":
        return NadamConstant(params, lr=h["lr"], beta1=betas[0], beta2=betas[1], eps=h["eps"])
    raise ValueError("unknown optimizer " + OPTIMIZER)


def learning_rate(epoch, epochs):
    """The learning rate of epoch `epoch` (0 first), scheduledLearningRate (the supervised task's schedule)."""
    s, lr0 = SCHEDULE, HYPER["lr"]
    if s["warmup_epochs"] > 0 and epoch < s["warmup_epochs"]:
        return lr0 * (epoch + 1.0) / (s["warmup_epochs"] + 1.0)
    e = epoch - s["warmup_epochs"]
    if s["kind"] == "step":
        return lr0 * s["gamma"] ** math.floor(e / max(1.0, s["step_epochs"]))
    if s["kind"] == "exponential":
        return lr0 * s["gamma"] ** (e / max(1.0, s["step_epochs"]))
    if s["kind"] == "cosine":
        period = s["period_epochs"] if s["period_epochs"] > 0 else max(1.0, epochs - s["warmup_epochs"])
        phase = min(e, period) / period
        return s["min_lr"] + (lr0 - s["min_lr"]) * 0.5 * (1.0 + math.cos(math.pi * phase))
    return lr0


def set_learning_rate(optimizer, lr):
    for group in optimizer.param_groups:
        group["lr"] = lr


# ------------------------------------------------------------------ training
def train_step(model, optimizer, x, y):
    """One step as core/training/TrainStep.cpp; returns the loss before the update."""
    model.train()
    optimizer.zero_grad()
    loss = data_loss(model(x), y) + penalty(model)
    loss.backward()
    if CLIP_VALUE > 0:
        torch.nn.utils.clip_grad_value_(model.parameters(), CLIP_VALUE)
    if CLIP_NORM > 0:
        torch.nn.utils.clip_grad_norm_(model.parameters(), CLIP_NORM)
    optimizer.step()
    l1_prox(model, optimizer.param_groups[0]["lr"])
    if MAX_NORM > 0:
        with torch.no_grad():
            for w in penalized(model):
                rows = w.view(w.shape[0], -1)
                norms = rows.norm(dim=1, keepdim=True)
                rows.mul_(torch.where(norms > MAX_NORM, MAX_NORM / norms, torch.ones_like(norms)))
    return loss.item()


@torch.no_grad()
def evaluate(model, x, y, labels):
    """(loss + penalty, accuracy or RMSE) in inference mode."""
    if x.shape[0] == 0:
        return 0.0, 0.0
    model.eval()
    p = model(x)
    loss = (data_loss(p, y) + penalty(model)).item()
    if CLASSIFICATION:
        predicted = (p[:, 0] > THRESHOLD).long() if p.shape[1] == 1 else p.argmax(dim=1)
        metric = (predicted == labels[:, 0].round().long()).double().mean().item()
    else:
        metric = math.sqrt(((p - y) ** 2).sum().item() / (x.shape[0] * max(1, y.shape[1])))
    return loss, metric


def load_data():
    d = np.load(os.path.join(HERE, "data.npz"))
    return {k: torch.from_numpy(np.ascontiguousarray(d[k])) for k in d.files}


def features(points):
    """Raw plane points (n, 2) -> the network's inputs, as nnlab's feature map."""
    if not FEATURES:
        return np.asarray(points, dtype=np.float64)
    x1, x2 = points[:, 0], points[:, 1]
    table = {"x1": x1, "x2": x2, "x1_sq": x1 * x1, "x2_sq": x2 * x2, "x1_x2": x1 * x2,
             "sin_x1": np.sin(x1), "sin_x2": np.sin(x2)}
    return np.stack([table[f] for f in FEATURES], axis=1)


def train(model, data, epochs):
    """Mini-batch training as the supervised task: shuffled each epoch (NumPy's
    generator, so the order differs from nnlab's), evaluation after each epoch,
    early stopping."""
    optimizer = make_optimizer(model)
    x, y = data["train_x"], data["train_y"]
    n = x.shape[0]
    batch = n if BATCH_SIZE <= 0 else min(BATCH_SIZE, n)
    rng = np.random.default_rng(SEED)
    best, best_state, waited = None, None, 0
    metric_name = "accuracy" if CLASSIFICATION else "rmse"
    for epoch in range(epochs):
        set_learning_rate(optimizer, learning_rate(epoch, epochs))
        order = torch.from_numpy(rng.permutation(n))
        for start in range(0, n, batch):
            rows = order[start:start + batch]
            if rows.shape[0] == 1 and batch > 1 and HAS_BATCHNORM:
                break  # batch statistics of one sample are undefined: nnlab leaves it out too
            train_step(model, optimizer, x[rows], y[rows])
        train_loss, train_metric = evaluate(model, x, y, data["train_labels"])
        test_loss, test_metric = evaluate(model, data["test_x"], data["test_y"], data["test_labels"])
        print("epoch %d/%d train_loss %.6f test_loss %.6f test_%s %.4f"
              % (epoch + 1, epochs, train_loss, test_loss, metric_name, test_metric), flush=True)
        if EARLY_STOPPING["enabled"]:
            monitored = test_loss if data["test_x"].shape[0] > 0 else train_loss
            if best is None or monitored < best - EARLY_STOPPING["min_delta"]:
                best, waited = monitored, 0
                if EARLY_STOPPING["restore_best"]:
                    best_state = copy.deepcopy(model.state_dict())
            else:
                waited += 1
                if waited >= EARLY_STOPPING["patience"]:
                    print("early stop: no improvement for %d epochs" % EARLY_STOPPING["patience"])
                    if best_state is not None:
                        model.load_state_dict(best_state)
                    break


def check(model, data, steps):
    """JSON for tests: predictions with the loaded weights, then `steps` steps on the
    training rows in order (batch s: rows s*B .. s*B+B-1, wrapping) with the
    epoch-0 learning rate, their losses, and the predictions after them."""
    result = {}
    with torch.no_grad():
        model.eval()
        result["train_predictions"] = model(data["train_x"]).tolist()
        result["test_predictions"] = model(data["test_x"]).tolist()
    optimizer = make_optimizer(model)
    set_learning_rate(optimizer, learning_rate(0, EPOCHS))
    x, y = data["train_x"], data["train_y"]
    n = x.shape[0]
    batch = n if BATCH_SIZE <= 0 else min(BATCH_SIZE, n)
    losses = []
    for s in range(steps):
        rows = torch.tensor([(s * batch + r) % n for r in range(batch)])
        losses.append(train_step(model, optimizer, x[rows], y[rows]))
    result["losses"] = losses
    with torch.no_grad():
        model.eval()
        result["train_predictions_after"] = model(data["train_x"]).tolist()
    print(json.dumps(result))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--epochs", type=int, default=EPOCHS, help="epochs to train (default: the experiment's)")
    parser.add_argument("--save", default=os.path.join(HERE, "weights_trained.npz"),
                        help="where to save the trained weights (nnlab's layout, as weights.npz)")
    parser.add_argument("--check", type=int, metavar="STEPS",
                        help="print predictions and the losses of STEPS steps as JSON, then stop")
    args = parser.parse_args()
    model = build_model()
    load_weights(model, os.path.join(HERE, "weights.npz"))
    data = load_data()
    if args.check is not None:
        check(model, data, args.check)
        return
    train(model, data, args.epochs)
    save_weights(model, args.save)
    print("saved", args.save)


if __name__ == "__main__":
    main()
)PY";

}  // namespace

const char* pytorchModulesTemplate() { return kModules; }

const char* pytorchScriptTemplate() {
    static const std::string text = std::string(kScriptHead) + kModules + kTraining;
    return text.c_str();
}

}  // namespace nnlab
