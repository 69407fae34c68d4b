"""Plain words to a situation: language check, issue recognition, fact extraction, retrieval.

Everything here runs offline on the CPU. Heavy modules (onnxruntime, tokenizers, bm25s) are
imported only by `embedder` and `retrieval`, which the `ask` path loads on first use.
"""
