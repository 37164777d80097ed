"""Analysis: two :class:`~weerwoord.core.model.Document` in, a judged :class:`~weerwoord.core.model.Comparison` out.

The recommendations of the advice and the reply sections of the response (``structure``), the link
between them (``alignment``), the stance marks and verdicts (``stance``), and the one pipeline call that
reads both files, runs these steps and applies the reader's corrections (``compare``).
"""
