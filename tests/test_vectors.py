"""The token vectors of the parser and of the entity recogniser, predicted without thinc's work
for each layer (saidwhen.parsing.vectors), are thinc's own, bit for bit."""
from __future__ import annotations

import numpy
import pytest
from spacy.tokens import Doc

from saidwhen.parsing.language import pipeline
from saidwhen.parsing.recogniser import recognise, recogniser
from saidwhen.parsing.vectors import forward_of, predictor

WORDS = [*"The chairman of Harwell Mills , Ann Lee , said on Tuesday that the".split(), "\n",
         *"plant would close .".split(), " ", *"“ We tried , ” she told reporters in Leeds .".split()]


def _docs(nlp) -> list[Doc]:
    """Docs of 1 to 200 words, a line break and a double space among them."""
    return [Doc(nlp.vocab, words=(WORDS * 12)[:n]) for n in (1, 2, 3, 9, 15, 40, 101, 200)]


def _thinc(model, docs):
    """What thinc's own layers predict, with the fast path of a wrapped layer set aside."""
    forward = model._func
    model._func = getattr(forward, "thinc_forward", forward)
    try:
        return model.predict(docs)
    finally:
        model._func = forward


def _same(a, b) -> bool:
    if isinstance(a, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b))
    return a.dtype == b.dtype and a.shape == b.shape and a.tobytes() == b.tobytes()


@pytest.mark.parametrize("component", ["tok2vec", "ner"])
def test_the_vectors_are_thincs_bit_for_bit(component):
    nlp = recogniser()
    pipe = nlp.get_pipe(component)
    model = pipe.model if component == "tok2vec" else pipe.model.get_ref("tok2vec")
    fast = forward_of(model)
    assert fast is not None  # the pinned model's shape is read
    docs = _docs(nlp)
    for doc in docs:
        assert _same(fast([doc]), _thinc(model, [doc]))
    assert _same(fast(docs[2:5]), _thinc(model, docs[2:5]))  # several docs in one batch


def test_an_empty_doc_goes_through_thinc():
    nlp = pipeline()
    model = nlp.get_pipe("tok2vec").model
    empty = Doc(nlp.vocab, words=[])
    assert forward_of(model)([empty]) is None
    assert _same(predictor(model)([empty]), model.predict([empty]))


def test_the_recogniser_reads_the_same_entities():
    nlp = recogniser()
    doc = Doc(nlp.vocab, words="Ann Lee of Harwell Mills spoke in Leeds on Tuesday .".split())
    found = recognise(doc, [(0, len(doc))])
    assert [(r.start, r.end, r.label) for r in found] == \
        [(0, 2, "PERSON"), (3, 5, "ORG"), (7, 8, "GPE"), (9, 10, "DATE")]


def test_another_shape_is_left_to_thinc():
    nlp = pipeline()
    assert forward_of(nlp.get_pipe("tagger").model) is None
    assert forward_of(nlp.get_pipe("tok2vec").model.layers[0]) is None


def test_training_goes_through_thincs_layers():
    """A forward pass for training needs thinc's backward pass: the wrapped layer gives it."""
    model = recogniser().get_pipe("ner").model.get_ref("tok2vec")
    doc = Doc(recogniser().vocab, words=WORDS[:9])
    out, backward = model([doc], is_train=True)
    assert backward.__name__ != "_no_backward"
    assert numpy.asarray(out).shape == (9, model.get_dim("nO"))
