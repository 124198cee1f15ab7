"""The pinned model's token-vector networks run without thinc's machinery for each layer.

Both networks that make token vectors (the parser's `tok2vec` and the entity recogniser's own)
are chains of about 45 thinc layers. Run through thinc, each layer is a `Model` call that looks
up its dimensions and parameters and makes a closure for the backward pass, which prediction
never uses; on the short stretches the recogniser reads, that machinery cost more than the
arithmetic (about 1.5 ms a call against 0.7 ms of matrix products for 15 words).

`forward_of` reads a network's layers once and returns a function that does the same
operations, with the same `Ops` methods, on the same arrays, in the same order, as thinc's
forward pass at prediction: the vectors are the same, bit for bit (tests/test_vectors.py).
A network of another shape than the pinned model's gets None, and is run by thinc.
"""
from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass

import numpy
from spacy.tokens import Doc
from thinc.api import Model
from thinc.layers.chain import forward as chain_forward

# The vectors of each doc (a list), or of all docs in one array (after a final linear layer);
# None for input with an empty doc, which thinc's layers treat as special cases.
Forward = Callable[[list[Doc]], list[numpy.ndarray] | numpy.ndarray | None]


@dataclass(frozen=True, slots=True)
class _Embedding:
    """One hash embedding: the column of the features it reads, its table and its seed."""

    ops: object
    column: int
    table: numpy.ndarray
    seed: int


@dataclass(frozen=True, slots=True)
class _Maxout:
    """A maxout layer and the layer norm after it."""

    ops: object
    weights: numpy.ndarray  # (nO * nP, nI), as thinc's maxout reshapes it
    bias: numpy.ndarray  # (nO * nP,)
    nO: int
    nP: int
    gain: numpy.ndarray
    shift: numpy.ndarray


@functools.cache
def predictor(model: Model) -> Forward:
    """A function that predicts what `model` predicts for a list of docs: `forward_of`'s, or
    thinc's own where the network has another shape."""
    fast = forward_of(model)
    if fast is None:
        return model.predict

    def predict(docs: list[Doc]):
        out = fast(docs)
        return model.predict(docs) if out is None else out

    return predict


def forward_of(model: Model) -> Forward | None:
    """A function that predicts what `model` predicts for a list of docs, or None where
    `model` is not a network of the pinned model's shape: features >> hash embeddings >>
    maxout and layer norm >> residual windowed maxouts with layer norm [>> list2array >> linear]."""
    try:
        return _compiled(model)
    except (AssertionError, KeyError, ValueError, AttributeError, IndexError, TypeError):
        return None


def predicting_alone(model: Model) -> None:
    """`model`, a layer that another network calls (the recogniser's token vectors, which its
    transition model calls), predicts with `forward_of`'s function; training still goes
    through thinc's layers (a backward pass needs them)."""
    fast, thinc_forward = forward_of(model), model._func
    if fast is None or hasattr(thinc_forward, "thinc_forward"):
        return

    def forward(layer: Model, docs: list[Doc], is_train: bool):
        out = None if is_train else fast(docs)
        if out is None:
            return thinc_forward(layer, docs, is_train)
        return out, _no_backward

    forward.thinc_forward = thinc_forward
    model._func = forward


def _no_backward(d_output):
    raise NotImplementedError("predict-only forward pass: no backward pass")


def _compiled(model: Model) -> Forward:
    layers = _flat(model)
    assert len(layers) in (6, 8)
    features, to_ragged, embed, mix, to_list, encode = layers[:6]
    assert features.name == "extract_features" and to_ragged.name == "list2ragged"
    assert to_list.name == "ragged2list" and embed.name.startswith("with_array(")
    columns = features.attrs["columns"]
    embeddings = []
    for chain in embed.layers[0].layers:  # concatenate(ints-getitem >> hashembed, ...)
        getitem, table = chain.layers
        assert getitem.name == "ints-getitem" and table.name == "hashembed"
        index = getitem.attrs["index"]
        assert index[0] == slice(0, None) and index[1] == table.attrs["column"]
        embeddings.append(_Embedding(table.ops, index[1], table.get_param("E"), table.attrs["seed"]))
    assert mix.name == "with_array(maxout>>layernorm>>dropout)"
    mixer = _maxout(_flat(mix.layers[0]))
    assert encode.name.startswith("with_array(residual(")
    pad = encode.attrs["pad"]
    blocks = []
    for residual in encode.layers[0].layers:
        assert residual.name == "residual(expand_window>>maxout>>layernorm>>dropout)"
        window, *rest = _flat(residual.layers[0])
        assert window.name == "expand_window"
        blocks.append((window.ops, window.attrs["window_size"], _maxout(rest)))
    linear = None
    if len(layers) == 8:
        assert layers[6].name == "list2array" and layers[7].name == "linear"
        linear = (layers[6].ops, layers[7].ops, layers[7].get_param("W"), layers[7].get_param("b"))
    ops = {"features": features.ops, "ragged": to_ragged.ops, "list": to_list.ops,
           "encode": encode.layers[0].ops}

    def forward(docs: list[Doc]):
        feats = [ops["features"].asarray2i(_features(doc, columns), dtype="uint64") for doc in docs]
        lengths = ops["ragged"].asarray1i([len(x) for x in feats])
        data = ops["ragged"].flatten(feats)
        if len(data) == 0 or any(len(x) == 0 for x in feats):
            return None  # an empty doc: thinc's own special cases
        vectors = numpy.hstack([_embedded(data, e) for e in embeddings])
        mixed = _maxout_norm(mixer, vectors)
        xs = ops["list"].unflatten(mixed, lengths)
        enc_lengths = numpy.asarray([len(seq) for seq in xs], dtype="i")
        x = ops["encode"].flatten(xs, pad=pad)
        for window_ops, size, layer in blocks:
            x = x + _maxout_norm(layer, window_ops.seq2col(x, size))
        out = ops["encode"].unflatten(x, enc_lengths, pad=pad)
        if linear is None:
            return out
        flat_ops, linear_ops, weights, bias = linear
        y = linear_ops.gemm(flat_ops.flatten(out), weights, trans2=True)
        y += bias
        return y

    return forward


def _features(doc: Doc, columns) -> numpy.ndarray:
    attrs = doc.to_array(columns)
    return attrs.reshape((attrs.shape[0], 1)) if attrs.ndim == 1 else attrs


def _embedded(data: numpy.ndarray, e: _Embedding) -> numpy.ndarray:
    """thinc's hash embedding of one column (layers/hashembed.py)."""
    ids = e.ops.as_contig(data[:, e.column], dtype="uint64")
    keys = e.ops.hash(ids, e.seed) % e.table.shape[0]
    return e.ops.gather_add(e.table, keys)


def _maxout(layers: list[Model]) -> _Maxout:
    """The maxout and layer norm of `maxout>>layernorm>>dropout` (dropout: nothing at prediction)."""
    maxout, norm, dropout = layers
    assert maxout.name == "maxout" and norm.name == "layernorm" and dropout.name == "dropout"
    nO, nP, nI = maxout.get_dim("nO"), maxout.get_dim("nP"), maxout.get_dim("nI")
    ops = maxout.ops
    return _Maxout(ops, ops.reshape2f(maxout.get_param("W"), nO * nP, nI),
                   ops.reshape1f(maxout.get_param("b"), nO * nP), nO, nP,
                   norm.get_param("G"), norm.get_param("b"))


def _flat(layer: Model) -> list[Model]:
    """The layers of nested chains, in order."""
    if getattr(layer._func, "thinc_forward", layer._func) is not chain_forward:  # seen through predicting_alone
        return [layer]
    return [leaf for inner in layer.layers for leaf in _flat(inner)]


def _maxout_norm(layer: _Maxout, x: numpy.ndarray) -> numpy.ndarray:
    """thinc's maxout forward, then its layer norm's (layers/maxout.py, layers/layernorm.py)."""
    ops = layer.ops
    y = ops.gemm(x, layer.weights, trans2=True)
    y += layer.bias
    best, _ = ops.maxout(ops.reshape3f(y, y.shape[0], layer.nO, layer.nP))
    # thinc's layer norm takes `best.mean(...)`, then `best.var(...)`, which sums the row and
    # subtracts its mean again: numpy's own steps of both (numpy/_core/_methods.py: _mean, _var),
    # each done once. The mean is the same array in both, and so is the row less its mean.
    count = numpy.intp(best.shape[1])
    mean = numpy.add.reduce(best, 1, None, None, True)
    mean = numpy.true_divide(mean, count, out=mean, casting="unsafe", subok=False)  # in place, as numpy does
    centred = numpy.subtract(best, mean)
    var = numpy.add.reduce(numpy.square(centred), 1, None, None, True)
    var = numpy.true_divide(var, numpy.maximum(count - 0, 0), out=var, casting="unsafe", subok=False) + 1e-08
    scaled = centred * var ** (-1.0 / 2.0) * layer.gain
    scaled += layer.shift
    return scaled
