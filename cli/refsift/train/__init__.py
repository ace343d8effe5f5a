"""Training: the hand-labelled corpus, the synthetic generator, fitting and evaluation.

Nothing here is imported when refsift runs; ``make train`` and ``make eval`` use it.
"""
