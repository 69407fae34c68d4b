"""Plain words to a situation: language check, issue recognition, fact extraction, retrieval.

Everything here runs offline on the CPU. Heavy modules (onnxruntime, tokenizers) are
imported only by `embedder`, which the `ask` path loads on first use.
"""
