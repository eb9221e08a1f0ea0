"""Shared by the calibration scripts: a logistic regression of a label on (cosine, margin),
fitted by Newton's method in plain numpy, and its held-out report."""
import numpy as np


def fit(x, y, iters=50, l2=1e-3):
    X = np.hstack([np.ones((len(x), 1)), x])
    w = np.zeros(X.shape[1])
    for _ in range(iters):
        p = 1 / (1 + np.exp(-X @ w))
        g = X.T @ (p - y) + l2 * w
        H = (X * (p * (1 - p))[:, None]).T @ X + l2 * np.eye(X.shape[1])
        w -= np.linalg.solve(H, g)
    return w


def fit_and_report(data, rng):
    """Shuffles rows (cosine, margin, label) with `rng`, fits on one half, prints the
    coefficients and the accuracy at p = 0.5 on the other half."""
    rng.shuffle(data)
    half = len(data) // 2
    train, test = data[:half], data[half:]
    w = fit(train[:, :2], train[:, 2])
    X = np.hstack([np.ones((len(test), 1)), test[:, :2]])
    p = 1 / (1 + np.exp(-X @ w))
    acc = ((p >= 0.5) == (test[:, 2] == 1)).mean()
    pos = test[:, 2] == 1
    print(f"examples: {len(data)} (positives {int(data[:, 2].sum())})")
    print(f"bias={w[0]:.3f} cosineWeight={w[1]:.3f} marginWeight={w[2]:.3f}")
    print(f"held-out accuracy at 0.5: {acc:.4f}; mean p(positive)={p[pos].mean():.3f}, mean p(negative)={p[~pos].mean():.3f}")
