"""Parsing: an article's text into tokens, sentences and dependency arcs, the ground floor
every later stage (quotes, speakers, placing) reads. It reads only the word lists
(saidwhen.lexicon), never a later stage.

`marks.py` pairs quotation marks before any parsing; `language.py` runs spaCy's tagger
and parser, long texts in pieces; `sentences.py` splits sentences where news writing needs
it; `selection.py` says which sentences can hold a quote (only those are tagged and parsed)
and what the others carry; `words.py` gives a parse's token attributes as columns;
`spans.py` holds sets of character spans; `texts.py` keeps the original text beside a parse.
"""
